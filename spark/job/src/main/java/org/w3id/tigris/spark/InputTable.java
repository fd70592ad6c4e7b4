package org.w3id.tigris.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The job's inputs as one table of the columns {@link InputRow} reads: for files, where each
 * file is (its content is read by the executor that extracts it, so that an unreadable file
 * is a line in the manifest, not a failed task); for tables, the documents' own columns.
 * Any path Spark reads will do: local, HDFS, S3 through Hadoop's connectors.
 */
final class InputTable {
    static final List<String> COLUMNS = List.of(InputRow.PATH, InputRow.ROOT, InputRow.ROOT_IS_DIRECTORY,
            InputRow.LENGTH, InputRow.ID, InputRow.TEXT, InputRow.URL, InputRow.TITLE, InputRow.PUBLISHED);

    private final SparkSession spark;

    InputTable(SparkSession spark) {
        this.spark = spark;
    }

    Dataset<Row> read(List<String> inputs, InputFormat format) {
        Dataset<Row> all = null;
        for (String input : inputs) {
            Dataset<Row> one = format == InputFormat.FILES ? files(input) : table(input, format);
            all = all == null ? one : all.unionByName(one);
        }
        if (all == null) {
            throw new IllegalArgumentException("no input given");
        }
        return all;
    }

    /** A file or, recursively, a directory: one row per file, names relative to the directory given. */
    private Dataset<Row> files(String input) {
        Path given = new Path(input);
        FileStatus status;
        try {
            FileSystem fs = given.getFileSystem(spark.sparkContext().hadoopConfiguration());
            status = fs.getFileStatus(given);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input " + input, e);
        }
        String root = status.getPath().toString();
        // binaryFile lists recursively; the content column is left unread (pruned) here
        Dataset<Row> listing = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input);
        return listing.select(
                col("path").as(InputRow.PATH),
                lit(root).as(InputRow.ROOT),
                lit(status.isDirectory()).as(InputRow.ROOT_IS_DIRECTORY),
                col("length").as(InputRow.LENGTH),
                nullString(InputRow.ID), nullString(InputRow.TEXT), nullString(InputRow.URL),
                nullString(InputRow.TITLE), nullString(InputRow.PUBLISHED));
    }

    /** A table of documents; {@code id} names each one, {@code published} may be a string, date or timestamp. */
    private Dataset<Row> table(String input, InputFormat format) {
        Dataset<Row> rows = format == InputFormat.PARQUET ? spark.read().parquet(input) : spark.read().json(input);
        Set<String> present = Set.copyOf(Arrays.asList(rows.columns()));
        for (String required : List.of(InputRow.ID, InputRow.TEXT)) {
            if (!present.contains(required)) {
                throw new IllegalArgumentException("the table " + input + " has no column '" + required
                        + "' (expected id, text and optionally url, title, published)");
            }
        }
        return rows.select(
                nullString(InputRow.PATH), lit(input).as(InputRow.ROOT), lit(false).as(InputRow.ROOT_IS_DIRECTORY),
                lit(0L).as(InputRow.LENGTH),
                col(InputRow.ID).cast("string").as(InputRow.ID),
                col(InputRow.TEXT).cast("string").as(InputRow.TEXT),
                optional(present, InputRow.URL), optional(present, InputRow.TITLE),
                optional(present, InputRow.PUBLISHED));
    }

    private static Column optional(Set<String> present, String column) {
        return present.contains(column) ? col(column).cast("string").as(column) : nullString(column);
    }

    private static Column nullString(String column) {
        return lit(null).cast("string").as(column);
    }
}
