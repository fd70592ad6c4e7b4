package org.w3id.tigris.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The job's arguments: {@code --out DIR [--format files|parquet|json] [--base IRI]
 * [--partitions N] INPUT...}.
 */
record JobOptions(List<String> inputs, String out, InputFormat format, String base, Optional<Integer> partitions) {
    static final String USAGE = """
            Usage: spark-submit --class org.w3id.tigris.spark.ExtractionJob tigris-spark.jar \\
                     --out DIR [--format files|parquet|json] [--base IRI] [--partitions N] INPUT...

            Extracts every document of the INPUTs (any path Spark reads: local, hdfs://, s3a://)
            as `tigris extract` does, and writes to DIR (which must not exist):
              quads/part-*.nq.gz         the documents' graphs, gzipped N-Quads, one file per partition
              manifest/part-*.jsonl.gz   one line per document: extracted (graph, contentHash, quads),
                                         skipped (with the reason) or warning
              run.json                   the run: id, Tigris version, pipeline fingerprint, counts

              --format F      files (default): files and directories of .txt .md .html .htm .jsonl;
                              parquet or json: a table with columns id, text and optionally url,
                              title, published (id becomes the document's source name)
              --base IRI      the base of the IRIs minted (default http://localhost:3030)
              --partitions N  output partitions (default: 4 per core of the cluster, or fewer
                              when the input has fewer)
            """;

    static JobOptions parse(String[] argv) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        InputFormat format = InputFormat.FILES;
        String base = IriScheme.DEFAULT_BASE;
        Optional<Integer> partitions = Optional.empty();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            switch (a) {
                case "--out" -> out = value(argv, ++i, a);
                case "--format" -> format = InputFormat.parse(value(argv, ++i, a));
                case "--base" -> base = value(argv, ++i, a);
                case "--partitions" -> partitions = Optional.of(positive(value(argv, ++i, a)));
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT to extract");
        }
        return new JobOptions(List.copyOf(inputs), out, format, base, partitions);
    }

    private static String value(String[] argv, int i, String option) {
        if (i >= argv.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return argv[i];
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions must be a number, not '" + value + "'");
        }
    }
}
