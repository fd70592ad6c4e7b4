package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

/**
 * Jena's TDB2 xloader, run from the classes in jena-tdb2 (its {@code tdb2.xloader} script in
 * Jena's distribution runs the same steps): build the node table, ingest the quads as tuples
 * of node ids, then build each quad index with an external sort. It needs the Unix
 * {@code sort} and {@code gzip} programs and temporary space of the order of the data; it
 * only builds a new database, into an empty directory.
 */
final class XLoader {
    /** The quad indexes of a TDB2 dataset (data is loaded into named graphs only). */
    private static final List<String> QUAD_INDEXES = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");

    private XLoader() {
    }

    /** True when the programs the xloader runs are installed. */
    static boolean available() {
        return installed("sort") && installed("gzip");
    }

    /** Where jena-tdb2 looks for them: /usr/bin, then /bin. */
    private static boolean installed(String program) {
        return Files.isExecutable(Path.of("/usr/bin", program)) || Files.isExecutable(Path.of("/bin", program));
    }

    static void load(Path database, Path tmp, List<Path> parts, int sortThreads) {
        try {
            Files.createDirectories(database);
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + database, e);
        }
        String location = database.toString();
        XLoaderFiles files = new XLoaderFiles(tmp.toString());
        List<String> data = parts.stream().map(p -> p.toAbsolutePath().toString()).toList();
        ProcBuildNodeTableX.exec(location, files, sortThreads, null, data);
        ProcIngestDataX.exec(location, files, data, false);
        for (String index : QUAD_INDEXES) {
            ProcBuildIndexX.exec(location, index, sortThreads, null, files);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(database));
        TDBInternal.expel(dsg);
    }
}
