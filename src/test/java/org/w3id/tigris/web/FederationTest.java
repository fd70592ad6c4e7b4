package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A third-party client joins Tigris with a local RDF file: Jena ARQ runs the query over the
 * local Turtle notes and sends the SERVICE part over HTTP to the Tigris endpoint, exactly as
 * it would to any remote SPARQL service.
 */
class FederationTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(SampleGraph.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Model localNotes() throws Exception {
        Model notes = ModelFactory.createDefaultModel();
        try (InputStream in = FederationTest.class.getResourceAsStream("analyst-notes.ttl")) {
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(notes);
        }
        return notes;
    }

    @Test
    void localNotesJoinTigrisClaimsThroughService() throws Exception {
        ParameterizedSparqlString query = new ParameterizedSparqlString("""
                PREFIX notes: <https://analyst.example.net/notes#>
                PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX tg:    <https://w3id.org/tigris/ontology#>
                SELECT ?label ?level ?cue ?claimText
                WHERE {
                  ?entity notes:watchLevel ?level .
                  SERVICE ?tigris {
                    ?entity rdfs:label ?label .
                    ?claim tg:claimant ?entity ; tg:cue ?cue ; tg:claimText ?claimText .
                  }
                }
                ORDER BY ?label
                """);
        query.setIri("tigris", server.url("/kg/sparql"));
        Map<String, String> found = new TreeMap<>();
        try (QueryExecution execution = QueryExecution.model(localNotes()).query(query.asQuery()).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                found.put(row.getLiteral("label").getString(), row.getLiteral("level").getString() + " / "
                        + row.getLiteral("cue").getString() + ": " + row.getLiteral("claimText").getString());
            }
        }
        assertEquals(Map.of(
                "Coalition", "low / said: " + SampleGraph.COALITION_CLAIM_TEXT,
                "Kataib Hezbollah", "high / denied: " + SampleGraph.DENIAL_TEXT), found);
    }
}
