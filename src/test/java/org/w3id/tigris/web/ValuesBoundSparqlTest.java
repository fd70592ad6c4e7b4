package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** VALUES blocks filled in the parsed query give the query the superclass writes, without writing terms into the text. */
class ValuesBoundSparqlTest {
    private static final String TEXT = """
            PREFIX ex: <http://example.org/>
            SELECT ?item ?label WHERE {
              { SELECT DISTINCT ?item WHERE {
                  { VALUES (?item) { ?hits } }
                  UNION { VALUES (?hit) { ?hits } ?item ex:about ?hit }
              } }
              VALUES (?item ?label) { ?rows }
              FILTER EXISTS { VALUES (?other) { ?hits } ?item ex:near ?other }
              FILTER(?item != ?excluded)
            }
            """;

    private static final RDFNode A = ResourceFactory.createResource("http://example.org/a");
    private static final RDFNode B = ResourceFactory.createResource("http://example.org/b");

    private static void bind(ParameterizedSparqlString pss, String name) {
        pss.setValues("hits", List.of(A, B));
        pss.setRowValues("rows", List.of(List.of(A, ResourceFactory.createPlainLiteral(name)),
                List.of(B, ResourceFactory.createLangLiteral("b", "en"))));
        pss.setIri("excluded", "http://example.org/c");
    }

    @Test
    void theFilledQueryIsTheOneTheSuperclassWrites() {
        ParameterizedSparqlString written = new ParameterizedSparqlString(TEXT);
        ValuesBoundSparql filled = new ValuesBoundSparql(TEXT, new ParsedTemplates(4));
        bind(written, "a name");
        bind(filled, "a name");
        assertEquals(written.asQuery().toString(), filled.asQuery().toString());
        assertEquals(written.asQuery().toString(), filled.asQuery().toString(), "asking twice gives the same query");
    }

    @Test
    void theFilledQueryAnswersAsTheWrittenOne() {
        Model m = ModelFactory.createDefaultModel();
        m.add(A.asResource(), m.createProperty("http://example.org/near"), B);
        m.add(B.asResource(), m.createProperty("http://example.org/near"), A);
        Dataset ds = DatasetFactory.wrap(m);
        ValuesBoundSparql filled = new ValuesBoundSparql(TEXT, new ParsedTemplates(4));
        // a term the superclass would write into the text unescaped: here it is only a term
        bind(filled, "a \"quoted\" } name");
        try (QueryExecution qe = QueryExecution.dataset(ds).query(filled.asQuery()).build()) {
            assertEquals(2, org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect()));
        }
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        ValuesBoundSparql filled = new ValuesBoundSparql(TEXT, new ParsedTemplates(4));
        bind(filled, "a name");
        filled.setValues("rows", List.of(A));
        assertThrows(IllegalArgumentException.class, filled::asQuery);
    }
}
