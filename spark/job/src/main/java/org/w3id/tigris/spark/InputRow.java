package org.w3id.tigris.spark;

import java.util.Optional;
import org.apache.spark.sql.Row;

/**
 * One row of the {@link InputTable}: a file to read, or a document given by its columns.
 *
 * @param path            the file's URI, or null for a table row
 * @param root            the input the row came from (the directory or file given, or the table)
 * @param rootIsDirectory whether {@code root} is a directory, which names files relative to it
 * @param length          the file's size in bytes
 * @param id              a table row's document id, which becomes its source name
 * @param text            a table row's text
 * @param url             a table row's URL
 * @param title           a table row's title
 * @param published       a table row's publication date, as written
 */
record InputRow(String path, String root, boolean rootIsDirectory, long length, String id, String text, String url,
                String title, String published) {
    static final String PATH = "path";
    static final String ROOT = "root";
    static final String ROOT_IS_DIRECTORY = "root_is_directory";
    static final String LENGTH = "length";
    static final String ID = "id";
    static final String TEXT = "text";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String PUBLISHED = "published";

    static InputRow of(Row row) {
        return new InputRow(row.getAs(PATH), row.getAs(ROOT), row.<Boolean>getAs(ROOT_IS_DIRECTORY),
                row.<Long>getAs(LENGTH), row.getAs(ID), row.getAs(TEXT), row.getAs(URL), row.getAs(TITLE),
                row.getAs(PUBLISHED));
    }

    boolean isFile() {
        return path != null;
    }

    /**
     * The source name {@code tigris extract} gives the file: its path relative to the directory
     * given, or its base name when the file itself was given.
     */
    String fileSourceName() {
        String prefix = root.endsWith("/") ? root : root + "/";
        if (rootIsDirectory && path.startsWith(prefix)) {
            return path.substring(prefix.length());
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static Optional<String> optional(String value) {
        return Optional.ofNullable(value);
    }
}
