package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The clusters a served store keeps up to date group by group against the whole store
 * clustered again, after every group of a random sequence of documents added, replaced and removed,
 * some of which change the place hierarchy under stored reports.
 */
class GroupClustersTest {
    private static final String PREFIXES = """
            @prefix tg: <https://w3id.org/tigris/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix ent: <http://localhost:3030/id/entity/> .
            """;
    private static final String HIERARCHY = """
            ent:abu-shouk a tg:Facility ; tg:locatedIn ent:el-fasher .
            ent:el-fasher a tg:City ; tg:locatedIn ent:north-darfur .
            ent:north-darfur a tg:Region ; tg:locatedIn ent:sudan .
            ent:sudan a tg:Country .
            """;
    private static final String[] PLACES = {"abu-shouk", "el-fasher", "north-darfur", "nyala", "sudan"};
    private static final String[] PEOPLE = {"rsf", "saf", "militia"};
    private static final String[] TYPES = {"Assault", "Fight", "Accuse"};

    @TempDir
    Path dir;

    @Test
    void clustersUpdatedWithEachGroupEqualTheWholeStoreClusteredAgain() {
        Random random = new Random(11);
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            IriScheme iris = store.iriScheme(Optional.empty());
            EventClusters full = EventClusters.builder().clusterBase(iris.clusterPrefix()).build();
            LiveStore live = store.indexedWriter(ClusterUpkeep.WITH_EACH_GROUP);
            Node clustersGraph = NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH);
            int clustered = 0;
            int removed = 0;
            for (int step = 0; step < 40; step++) {
                removed += writeGroup(live, random, iris, step);
                Set<Triple> stored = clustersOf(store, clustersGraph);
                Set<Triple> expected = Txn.calculateRead(store.tdb(),
                        () -> full.compute(store.tdb().getUnionGraph()).graph().find().toSet());
                assertEquals(expected, stored, "step " + step);
                clustered += (int) stored.stream().filter(t -> t.getPredicate().getURI().endsWith("reportCount")).count();
            }
            assertTrue(clustered > 40, "too few clusters to test anything: " + clustered);
            assertTrue(removed > 5, "too few documents removed to test anything: " + removed);
            live.settle();
            // the clusters' labels are indexed: their entries follow the clusters (these documents have no geometry)
            IndexAgreement agreement = store.checkIndexes();
            assertEquals(agreement.indexedTriples(), agreement.textEntries(), agreement.toString());
            assertTrue(agreement.indexedTriples() > 0 && !agreement.pending(), agreement.toString());
        }
    }

    @Test
    void clustersUpdatedOnceForSeveralGroupsEqualTheWholeStoreClusteredAgain() {
        Random random = new Random(23);
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            IriScheme iris = store.iriScheme(Optional.empty());
            EventClusters full = EventClusters.builder().clusterBase(iris.clusterPrefix()).build();
            LiveStore live = store.indexedWriter(ClusterUpkeep.DEFERRED);
            Node clustersGraph = NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH);
            int clustered = 0;
            int updates = 0;
            for (int step = 0; step < 40; step++) {
                Set<Triple> before = clustersOf(store, clustersGraph);
                writeGroup(live, random, iris, step);
                Set<Triple> stored = clustersOf(store, clustersGraph);
                assertEquals(before, stored, "a deferred group leaves the clusters as they were, step " + step);
                live.settle();
                if (live.owesClusters()) {
                    assertTrue(store.indexesPending(), "owed clusters keep the pending note, step " + step);
                }
                if (random.nextInt(4) == 0 || step == 39) {
                    updates += live.updateClusters() ? 1 : 0;
                    assertTrue(!live.owesClusters(), "step " + step);
                    stored = clustersOf(store, clustersGraph);
                    Set<Triple> expected = Txn.calculateRead(store.tdb(),
                            () -> full.compute(store.tdb().getUnionGraph()).graph().find().toSet());
                    assertEquals(expected, stored, "step " + step);
                    clustered += (int) stored.stream().filter(t -> t.getPredicate().getURI().endsWith("reportCount")).count();
                }
            }
            assertTrue(updates > 5 && clustered > 10, "too few updates or clusters to test anything: " + updates + ", " + clustered);
            live.settle();
            IndexAgreement agreement = store.checkIndexes();
            assertEquals(agreement.indexedTriples(), agreement.textEntries(), agreement.toString());
            assertTrue(agreement.indexedTriples() > 0 && !agreement.pending(), agreement.toString());
        }
    }

    /** One group of one to three documents added, replaced or removed at random; returns how many were removed. */
    private static int writeGroup(LiveStore live, Random random, IriScheme iris, int step) {
        int removed = 0;
        try (DocumentGroup group = live.group()) {
            for (int d = 1 + random.nextInt(3); d > 0; d--) {
                String name = "d" + random.nextInt(24);
                if (random.nextInt(4) == 0) {
                    removed += group.remove(name + ".txt") ? 1 : 0;
                } else {
                    group.add(document(random, iris, name, step));
                }
            }
            group.commit();
        }
        return removed;
    }

    private static Set<Triple> clustersOf(KnowledgeStore store, Node clustersGraph) {
        return Txn.calculateRead(store.tdb(), () -> store.tdb().getGraph(clustersGraph).find().toSet());
    }

    /** A document of one to three events; now and then it places Nyala in North Darfur, which moves stored reports. */
    private static DocumentGraph document(Random random, IriScheme iris, String name, int version) {
        String doc = "http://localhost:3030/id/document/" + name;
        StringBuilder ttl = new StringBuilder(PREFIXES).append(HIERARCHY);
        ttl.append(random.nextInt(8) == 0 ? "ent:nyala tg:locatedIn ent:north-darfur .\n" : "ent:nyala tg:locatedIn ent:sudan .\n");
        ttl.append("<").append(doc).append("> tg:sourceName \"").append(name).append(".txt\" ; tg:contentHash \"h")
                .append(version).append("-").append(random.nextInt()).append("\" .\n");
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            String event = "<http://localhost:3030/id/event/" + name + "-" + e + ">";
            ttl.append(event).append(" a tg:").append(TYPES[random.nextInt(TYPES.length)])
                    .append(" ; prov:wasDerivedFrom <").append(doc).append("> ; tg:evidence <").append(doc).append("-span-")
                    .append(e).append(">");
            int day = 10 + random.nextInt(5);
            if (random.nextInt(6) > 0) {
                ttl.append(" ; tg:date \"2026-10-").append(day).append("\"^^xsd:date");
            } else if (random.nextBoolean()) {
                ttl.append(" ; tg:date \"2026-10\"^^xsd:gYearMonth");
            }
            if (random.nextInt(5) > 0) {
                ttl.append(" ; tg:place ent:").append(PLACES[random.nextInt(PLACES.length)]);
            }
            if (random.nextInt(4) > 0) {
                ttl.append(" ; tg:agent ent:").append(PEOPLE[random.nextInt(PEOPLE.length)]);
            }
            if (random.nextInt(3) == 0) {
                ttl.append(" ; tg:target ent:").append(PEOPLE[random.nextInt(PEOPLE.length)]);
            }
            if (random.nextInt(3) == 0) {
                ttl.append(" ; tg:killed ").append(random.nextInt(30));
            }
            ttl.append(" .\n");
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(g);
        return new DocumentGraph(doc, name + ".txt", "h" + version, "test", g);
    }
}
