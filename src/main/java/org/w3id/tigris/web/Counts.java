package org.w3id.tigris.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/** Counts as VoID writes them: xsd:integer. */
final class Counts {
    private Counts() {
    }

    static Literal of(long count) {
        return ResourceFactory.createTypedLiteral(Long.toString(count), XSDDatatype.XSDinteger);
    }
}
