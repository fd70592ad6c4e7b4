package org.w3id.tigris.web;

import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.tigris.rdf.GEO;
import org.w3id.tigris.rdf.ITSRDF;
import org.w3id.tigris.rdf.NIF;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * The vocabularies of the descriptions the web module writes about the dataset (VoID, SPARQL
 * Service Description); the graph's own terms come from the rdf package.
 */
final class Vocabularies {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    /** The vocabularies the graph uses, for void:vocabulary. */
    static final List<String> IN_THE_GRAPH = List.of(TG.NS, NIF.NS, ITSRDF.NS, PROV.NS, DCTerms.NS,
            SKOS.uri, GEO.NS, OWL.NS, RDFS.uri, Namespaces.SCHEMA);

    /** Prefixes for every RDF document the web module writes (locked: shared, never changed). */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Namespaces.standard())
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("sd", SD)
            .setNsPrefix("foaf", FOAF)
            .lock();

    private Vocabularies() {
    }
}
