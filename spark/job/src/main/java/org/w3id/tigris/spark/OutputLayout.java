package org.w3id.tigris.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output directory. Spark writes the rows partitioned by kind
 * ({@code kind=quads/part-*.txt.gz}); this gives the files the names their contents
 * have ({@code quads/part-*.nq.gz}, {@code manifest/part-*.jsonl.gz}) and adds
 * {@code run.json}. Renaming happens once, on the driver, after Spark has committed.
 */
final class OutputLayout {
    static final String QUADS_DIR = "quads";
    static final String MANIFEST_DIR = "manifest";
    static final String RUN_FILE = "run.json";

    private final FileSystem fs;
    private final Path out;

    OutputLayout(String out, Configuration configuration) {
        this.out = new Path(out);
        try {
            this.fs = this.out.getFileSystem(configuration);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + out, e);
        }
    }

    /** Spark's output as it commits it, before {@link #finish}. */
    String written() {
        return out.toString();
    }

    void finish(Map<String, Object> run) {
        try {
            name(PartitionExtractor.QUADS, QUADS_DIR, ".nq.gz");
            name(PartitionExtractor.MANIFEST, MANIFEST_DIR, ".jsonl.gz");
            try (OutputStream os = fs.create(new Path(out, RUN_FILE), false)) {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(os, run);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the output in " + out, e);
        }
    }

    private void name(String kind, String directory, String extension) throws IOException {
        Path from = new Path(out, "kind=" + kind);
        Path to = new Path(out, directory);
        fs.mkdirs(to);
        if (!fs.exists(from)) {
            return; // no row of this kind: e.g. no document could be read
        }
        for (FileStatus part : fs.listStatus(from)) {
            String file = part.getPath().getName();
            if (file.startsWith("part-")) {
                String stem = file.endsWith(".txt.gz") ? file.substring(0, file.length() - ".txt.gz".length()) : file;
                if (!fs.rename(part.getPath(), new Path(to, stem + extension))) {
                    throw new IOException("cannot rename " + part.getPath());
                }
            }
        }
        fs.delete(from, true);
    }
}
