package org.w3id.tigris.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.store.CompactionPolicy;
import org.w3id.tigris.store.ClusterUpkeep;
import org.w3id.tigris.store.LiveStore;
import org.w3id.tigris.store.StoreCompactor;
import org.w3id.tigris.store.StoreAssembly;

/** Puts live ingest into a server: the store's writer and compactor, the authenticated endpoints, the inbox. */
final class LiveIngestModule {
    /** Two extractions at once: the machines Tigris runs on have a few cores, and readers need one. */
    static final int THREADS = 2;
    /**
     * The documents of a request committed and indexed together, at most: more than the 200
     * files {@code ingest --endpoint} sends at once, so each of its requests appears whole.
     */
    static final int GROUP_SIZE = 500;
    static final Duration INBOX_POLL = Duration.ofMillis(500);

    private LiveIngestModule() {
    }

    /**
     * The writer over the served store, when ingest is wanted. Whatever is wanted, a store whose
     * indexes a crash left behind its graphs gets them rebuilt before it is served.
     */
    static Optional<LiveIngest> create(StoreAssembly assembly, DatasetGraph served, boolean wanted,
                                       boolean compactAfterIngest) {
        if (!wanted) {
            LiveStore.find(assembly, served, ClusterUpkeep.WITH_EACH_GROUP).ifPresent(LiveStore::repairIfPending);
            return Optional.empty();
        }
        // an ingest answers when its documents are stored; their clusters follow (ClusterCatchUp)
        LiveStore store = LiveStore.over(assembly, served, ClusterUpkeep.DEFERRED);
        store.repairIfPending();
        StoreCompactor compactor = StoreCompactor.over(served, assembly.tdbDirectory(), CompactionPolicy.DEFAULT);
        return Optional.of(new LiveIngest(store, compactor, compactAfterIngest, THREADS, GROUP_SIZE));
    }

    static void addEndpoint(FusekiServer.Builder fb, String dataset, LiveIngest ingest, AdminCredentials credentials) {
        fb.registerOperation(IngestService.OPERATION, new IngestService(ingest))
                .addEndpoint(dataset, "ingest", IngestService.OPERATION, Auth.policyAllowSpecific(credentials.user()))
                .registerOperation(CompactService.OPERATION, new CompactService(ingest.compactor()))
                .addEndpoint(dataset, "compact", CompactService.OPERATION, Auth.policyAllowSpecific(credentials.user()));
    }

    static InboxWatcher inbox(Path dir, LiveIngest ingest) {
        return new InboxWatcher(dir, ingest, INBOX_POLL);
    }

    /** Loads the pipeline's models while the server already answers queries, so the first ingest is quick. */
    static void warmInBackground(LiveIngest ingest) {
        Thread t = new Thread(() -> {
            try {
                ingest.warm();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(LiveIngestModule.class).error("Cannot load the pipeline: {}", e.getMessage(), e);
            }
        }, "tigris-pipeline-load");
        t.setDaemon(true);
        t.start();
    }
}
