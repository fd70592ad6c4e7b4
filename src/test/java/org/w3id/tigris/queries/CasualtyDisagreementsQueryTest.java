package org.w3id.tigris.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.cluster.EventClusters;

/** queries/casualty-disagreements.rq on clusters computed from two sources with different tolls. */
class CasualtyDisagreementsQueryTest {
    private static final String DOCUMENTS = """
            @prefix tg: <https://w3id.org/tigris/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix doc: <http://localhost:3030/id/document/> .
            @prefix ev: <http://localhost:3030/id/event/> .
            @prefix ent: <http://localhost:3030/id/entity/> .
            tg:Assault rdfs:label "Assault"@en .
            doc:wire tg:sourceName "wire.txt" .
            doc:radio tg:sourceName "radio.txt" .
            doc:other tg:sourceName "other.txt" .
            ent:abu-shouk a tg:Facility .
            ev:wire-1 a tg:Assault ; prov:wasDerivedFrom doc:wire ; tg:evidence [ nif:anchorOf "killed at least 14" ] ;
                tg:date "2026-10-12"^^xsd:date ; tg:place ent:abu-shouk ; tg:killed 14 .
            ev:radio-1 a tg:Assault ; prov:wasDerivedFrom doc:radio ; tg:evidence [ nif:anchorOf "31 were killed" ] ;
                tg:date "2026-10-12"^^xsd:date ; tg:place ent:abu-shouk ; tg:killed 31 .
            ev:wire-2 a tg:Assault ; prov:wasDerivedFrom doc:wire ; tg:evidence [ nif:anchorOf "a shell killed 2" ] ;
                tg:date "2026-10-20"^^xsd:date ; tg:place ent:nyala ; tg:killed 2 .
            ev:other-2 a tg:Assault ; prov:wasDerivedFrom doc:other ; tg:evidence [ nif:anchorOf "two died" ] ;
                tg:date "2026-10-20"^^xsd:date ; tg:place ent:nyala ; tg:killed 2 .
            """;

    @Test
    void listsEachReportOfAClusterWhoseTollsDiffer() throws IOException {
        Graph documents = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DOCUMENTS, Lang.TURTLE).parse(documents);
        Graph clusters = EventClusters.builder().clusterBase("http://localhost:3030/id/cluster/").build()
                .compute(documents).graph();
        // the store's default graph is the union of the document graphs and the clusters graph
        Graph union = GraphFactory.createDefaultGraph();
        documents.find().forEachRemaining(union::add);
        clusters.find().forEachRemaining(union::add);
        String query = Files.readString(Path.of("queries", "casualty-disagreements.rq"));
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(union)).query(query).build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("source").getString() + " "
                    + r.getLiteral("killed").getInt() + " of " + r.getLiteral("killedMin").getInt() + "-"
                    + r.getLiteral("killedMax").getInt() + " " + r.getLiteral("kind").getString()));
        }
        // the Nyala shelling is one event too, but its sources agree: no row
        assertEquals(List.of("radio.txt 31 of 14-31 Assault", "wire.txt 14 of 14-31 Assault"), rows);
    }
}
