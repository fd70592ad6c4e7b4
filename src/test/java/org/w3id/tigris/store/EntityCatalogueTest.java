package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.ITSRDF;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.NIF;
import org.w3id.tigris.rdf.TG;

/**
 * The entity catalogue holds one copy of each entity triple the document graphs state, and
 * stays so when documents are added, replaced and removed, by every writer.
 */
class EntityCatalogueTest {
    private static final String FINGERPRINT = "sha256:0123456789abcdef";
    private static final IriScheme IRIS = IriScheme.defaultScheme();
    private static final Node IRAQ = NodeFactory.createURI(IRIS.entity("iraq"));
    private static final Node BASRA = NodeFactory.createURI(IRIS.entity("basra"));
    private static final Triple IRAQ_LABEL = Triple.create(IRAQ, RDFS.label.asNode(), NodeFactory.createLiteralString("Iraq"));
    private static final Triple IRAQ_TYPE = Triple.create(IRAQ, RDF.type.asNode(), TG.Country.asNode());
    private static final Triple IRAQI = Triple.create(IRAQ, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("Iraqi"));
    private static final Triple BASRA_LABEL = Triple.create(BASRA, RDFS.label.asNode(), NodeFactory.createLiteralString("Basra"));

    @TempDir
    Path dir;

    /** A document that names the given entities, stating what it says of them. */
    private static DocumentGraph document(String name, String hash, Triple... descriptions) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = NodeFactory.createURI(IRIS.document(name));
        g.add(doc, TG.sourceName.asNode(), NodeFactory.createLiteralString(name));
        g.add(doc, TG.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        int offset = 0;
        for (Triple t : descriptions) {
            Node mention = NodeFactory.createURI(IRIS.mention(name, offset, offset + 4));
            offset += 10;
            g.add(mention, NIF.referenceContext.asNode(), doc);
            g.add(mention, ITSRDF.taIdentRef.asNode(), t.getSubject());
            g.add(t);
        }
        return new DocumentGraph(doc.getURI(), name, hash, FINGERPRINT, g);
    }

    private static Set<Triple> catalogue(KnowledgeStore store) {
        return Txn.calculateRead(store.tdb(), () -> store.tdb().getGraph(EntityCatalogue.GRAPH).find().toSet());
    }

    private static void assertAgrees(KnowledgeStore store) {
        CatalogueAgreement agreement = store.checkCatalogue();
        assertTrue(agreement.agrees(), agreement.describe());
    }

    @Test
    void anEntityNamedByTwoDocumentsKeepsItsDescriptionUntilBothAreRemoved() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.iriScheme(Optional.empty());
            LiveStore live = store.indexedWriter(ClusterUpkeep.WITH_EACH_GROUP);
            live.write(document("a.txt", "h1", IRAQ_LABEL, IRAQ_TYPE, IRAQI, BASRA_LABEL));
            live.write(document("b.txt", "h2", IRAQ_LABEL, IRAQ_TYPE));
            assertEquals(Set.of(IRAQ_LABEL, IRAQ_TYPE, IRAQI, BASRA_LABEL), catalogue(store));
            assertAgrees(store);

            assertTrue(live.remove("a.txt"));
            // what b still states stays; what only a stated (another name, another place) goes
            assertEquals(Set.of(IRAQ_LABEL, IRAQ_TYPE), catalogue(store));
            assertAgrees(store);

            assertTrue(live.remove("b.txt"));
            assertEquals(Set.of(), catalogue(store));
            assertFalse(live.remove("b.txt"));
            assertAgrees(store);
            live.settle();
            IndexAgreement indexes = store.checkIndexes();
            assertEquals(indexes.indexedTriples(), indexes.textEntries(), indexes.describe());
        }
    }

    @Test
    void aReplacedDocumentTakesAlongWhatOnlyItsOldVersionStated() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.iriScheme(Optional.empty());
            store.ingest(document("a.txt", "h1", IRAQ_LABEL, IRAQI, BASRA_LABEL));
            store.ingest(document("b.txt", "h2", IRAQ_LABEL));
            assertEquals(Set.of(IRAQ_LABEL, IRAQI, BASRA_LABEL), catalogue(store));
            // the command line's batch into a store with documents, and the server's groups, write alike
            LiveStore live = store.indexedWriter(ClusterUpkeep.WITH_EACH_GROUP);
            try (DocumentGroup group = live.group()) {
                group.add(document("a.txt", "h3", IRAQ_TYPE));
                group.add(document("c.txt", "h4", BASRA_LABEL));
                group.commit();
            }
            assertEquals(Set.of(IRAQ_LABEL, IRAQ_TYPE, BASRA_LABEL), catalogue(store));
            assertAgrees(store);
        }
    }

    @Test
    void aBulkLoadWritesTheCatalogueWithItsCommits() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.iriScheme(Optional.empty());
            DocumentGraph a = document("a.txt", "h1", IRAQ_LABEL, BASRA_LABEL);
            DocumentGraph b = document("b.txt", "h2", IRAQ_LABEL, IRAQI);
            BulkLoad load = store.bulkLoad(1); // a commit per document: repeats across commits
            load.add(a);
            load.add(b);
            load.finish();
            assertEquals(Set.of(IRAQ_LABEL, IRAQI, BASRA_LABEL), catalogue(store));
            assertAgrees(store);
        }
    }

    @Test
    void theCheckFindsMissingAndExtraEntriesAndTheRebuildRepairsThem() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.iriScheme(Optional.empty());
            store.ingest(document("a.txt", "h1", IRAQ_LABEL, IRAQI));
            store.ingest(document("b.txt", "h2", IRAQ_LABEL));
            Triple stray = Triple.create(BASRA, RDFS.label.asNode(), NodeFactory.createLiteralString("Bosra"));
            Txn.executeWrite(store.tdb(), () -> {
                store.tdb().delete(EntityCatalogue.GRAPH, IRAQ_LABEL.getSubject(), IRAQ_LABEL.getPredicate(),
                        IRAQ_LABEL.getObject());
                store.tdb().add(EntityCatalogue.GRAPH, stray.getSubject(), stray.getPredicate(), stray.getObject());
            });
            CatalogueAgreement agreement = store.checkCatalogue();
            assertFalse(agreement.agrees());
            assertEquals(2, agreement.missing(), "the label is stated by two documents");
            assertEquals(1, agreement.extra());
            assertTrue(agreement.describe().contains("DISAGREES"), agreement.describe());

            assertEquals(2, store.rebuildCatalogue());
            assertEquals(Set.of(IRAQ_LABEL, IRAQI), catalogue(store));
            assertAgrees(store);
        }
    }

    @Test
    void aStoreWithoutACatalogueGetsOneOnceAndTheUnionStaysTheSame() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.iriScheme(Optional.empty());
            store.ingest(document("a.txt", "h1", IRAQ_LABEL, IRAQI));
            Set<Triple> union = union(store);
            Txn.executeWrite(store.tdb(), () -> store.tdb().removeGraph(EntityCatalogue.GRAPH));
            assertEquals(union, union(store), "the catalogue adds nothing to the union");
            assertTrue(store.catalogueIfMissing());
            assertFalse(store.catalogueIfMissing());
            assertEquals(Set.of(IRAQ_LABEL, IRAQI), catalogue(store));
            assertEquals(union, union(store));
        }
    }

    private static Set<Triple> union(KnowledgeStore store) {
        return Txn.calculateRead(store.tdb(), () -> store.tdb().getUnionGraph().find().toList().stream()
                .collect(Collectors.toSet()));
    }
}
