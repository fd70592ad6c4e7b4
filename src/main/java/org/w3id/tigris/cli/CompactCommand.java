package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.w3id.tigris.store.CompactionReport;
import org.w3id.tigris.store.KnowledgeStore;
import org.w3id.tigris.store.StoreCompactor;

/** {@code tigris compact --store DIR [--if-due] [--timeout SECONDS]} */
final class CompactCommand implements Command {
    static final int DEFAULT_TIMEOUT_SECONDS = 3600;

    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String summary() {
        return "compact a store's TDB2 files (drop the dead blocks that writes leave) and report bytes per quad";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris compact --store DIR [--if-due] [--timeout SECONDS]

                Copies the live data of the store's TDB2 database into a new generation and
                deletes the old one. Every TDB2 commit leaves dead blocks behind, so a store
                written document by document grows far past what it holds; tigris ingest
                compacts after a batch when it pays, and a server after its live ingests.
                Prints the size before and after (bytes, quads, bytes per quad). Cut short,
                a compaction loses nothing: the next opening removes its half-made copy.
                The server must not be running on DIR (it compacts by itself; an admin can
                ask it with POST /kg/compact).

                  --if-due          only when the store has grown past 1.2 times its
                                    estimated compacted size
                  --timeout SECONDS how long to wait for the compaction (default %d); past
                                    it the command ends and the store keeps its old files
                """.formatted(DEFAULT_TIMEOUT_SECONDS);
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "timeout"), Set.of("if-due"));
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + args.positional().get(0));
        }
        Path store = Path.of(args.required("store"));
        Duration wait = Duration.ofSeconds(args.integer("timeout", 1, Integer.MAX_VALUE).orElse(DEFAULT_TIMEOUT_SECONDS));
        StoreDirectory.requireExisting(store);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            StoreCompactor compactor = ks.compactor();
            CompactionReport report = args.flag("if-due") ? compactor.compactIfDue(wait) : compactor.compact(wait);
            out.println(report.describe());
            return switch (report.status()) {
                case COMPACTED, NOT_DUE -> 0;
                default -> 1;
            };
        }
    }
}
