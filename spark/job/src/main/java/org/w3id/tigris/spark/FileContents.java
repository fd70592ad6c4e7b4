package org.w3id.tigris.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a file's bytes on an executor, through the file system its URI names, configured as
 * the driver's Hadoop configuration is (so {@code spark.hadoop.*} settings such as S3
 * credentials reach the executors).
 */
final class FileContents implements Serializable {
    /** Files larger than this are not read at all (a JSONL table this large belongs in --format json). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private final HashMap<String, String> settings;
    private transient Configuration configuration;

    FileContents(Configuration driverConfiguration) {
        this.settings = new HashMap<>();
        for (Map.Entry<String, String> e : driverConfiguration) {
            settings.put(e.getKey(), e.getValue());
        }
    }

    byte[] read(String uri, long length) throws IOException {
        if (length > MAX_FILE_BYTES) {
            throw new IOException("too large to read as one file (" + length + " bytes)");
        }
        Path path = new Path(uri);
        FileSystem fs = path.getFileSystem(configuration());
        try (InputStream in = fs.open(path)) {
            return in.readAllBytes();
        }
    }

    private Configuration configuration() {
        if (configuration == null) {
            Configuration c = new Configuration(false);
            settings.forEach(c::set);
            configuration = c;
        }
        return configuration;
    }
}
