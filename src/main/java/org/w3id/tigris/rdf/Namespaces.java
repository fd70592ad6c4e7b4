package org.w3id.tigris.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes Tigris writes its graphs and example queries with. */
public final class Namespaces {
    public static final String SCHEMA = "https://schema.org/";

    private Namespaces() {
    }

    /** A fresh, locked prefix mapping of the vocabularies in the graph's contract. */
    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("tg", TG.NS)
                .setNsPrefix("nif", NIF.NS)
                .setNsPrefix("itsrdf", ITSRDF.NS)
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("geo", GEO.NS)
                .setNsPrefix("schema", SCHEMA)
                .lock();
    }

    /** The same prefixes as SPARQL {@code PREFIX} lines, to put before a query. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        standard().getNsPrefixMap().forEach((p, ns) ->
                sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
