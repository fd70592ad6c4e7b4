package org.w3id.tigris.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Tigris' extraction as a Spark job: the CLI's reader, pipeline and graph builder, driven by
 * Spark instead of a thread pool. Start it with {@code spark-submit} (see {@link JobOptions#USAGE}).
 */
public final class ExtractionJob {
    private static final StructType ROWS = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("line", DataTypes.StringType, false);

    private final SparkSession spark;

    public ExtractionJob(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] argv) {
        JobOptions options;
        try {
            options = JobOptions.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("tigris-spark: " + e.getMessage());
            System.err.print(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("tigris-extract").getOrCreate();
        try {
            Map<String, Object> run = new ExtractionJob(spark).run(options);
            System.out.println("tigris-spark: " + run.get("documents") + " documents extracted, " + run.get("skipped")
                    + " skipped (see the manifest), " + run.get("quads") + " quads in " + run.get("seconds")
                    + " s, written to " + options.out());
        } finally {
            spark.stop();
        }
    }

    /** Runs the job; returns what it wrote to {@code run.json}. */
    public Map<String, Object> run(JobOptions options) {
        long start = System.nanoTime();
        RunSpec run = RunSpec.startNow(ExecutorPipeline.get());
        PartitionExtractor.Counters counters = new PartitionExtractor.Counters(
                spark.sparkContext().longAccumulator("documents"), spark.sparkContext().longAccumulator("skipped"),
                spark.sparkContext().longAccumulator("quads"));
        Dataset<Row> input = new InputTable(spark).read(options.inputs(), options.format());
        int partitions = options.partitions().orElse(4 * spark.sparkContext().defaultParallelism());
        if (input.rdd().getNumPartitions() > partitions) {
            input = input.coalesce(partitions);
        }
        OutputLayout out = new OutputLayout(options.out(), spark.sparkContext().hadoopConfiguration());
        PartitionExtractor extractor = new PartitionExtractor(options.base(), run,
                new FileContents(spark.sparkContext().hadoopConfiguration()), counters);
        input.mapPartitions(extractor, Encoders.row(ROWS))
                .write()
                .partitionBy("kind")
                .option("compression", "gzip")
                .text(out.written());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run", new IriScheme(options.base()).run(run.runId()));
        summary.put("softwareVersion", run.softwareVersion());
        summary.put("pipelineFingerprint", run.pipelineFingerprint());
        summary.put("modelVersions", run.modelVersions());
        summary.put("base", options.base());
        summary.put("inputs", options.inputs());
        summary.put("format", options.format().name().toLowerCase(java.util.Locale.ROOT));
        summary.put("documents", counters.documents().value());
        summary.put("skipped", counters.skipped().value());
        summary.put("quads", counters.quads().value());
        summary.put("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        out.finish(summary);
        return summary;
    }
}
