package org.w3id.tigris.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Internationalization Tag Set terms NIF uses to link a mention to what it names. */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    private ITSRDF() {
    }

    public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
    public static final Property taClassRef = ResourceFactory.createProperty(NS + "taClassRef");
}
