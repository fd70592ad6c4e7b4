package org.w3id.tigris.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated table from the class path: {@code #} lines document it and are skipped,
 * the first other line names the columns, blank lines are ignored.
 */
final class TsvTable {
    private final List<Row> rows;

    private TsvTable(List<Row> rows) {
        this.rows = rows;
    }

    static TsvTable read(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (columns == null) {
                    Map<String, Integer> header = new HashMap<>();
                    for (int i = 0; i < fields.length; i++) {
                        header.put(fields[i].trim(), i);
                    }
                    columns = Map.copyOf(header);
                    continue;
                }
                rows.add(new Row(resource, number, Arrays.asList(fields), columns));
            }
            if (columns == null) {
                throw new IllegalStateException(resource + " has no header line");
            }
            return new TsvTable(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** One line of the table. */
    static final class Row {
        private final String resource;
        private final int line;
        private final List<String> fields;
        private final Map<String, Integer> columns;

        private Row(String resource, int line, List<String> fields, Map<String, Integer> columns) {
            this.resource = resource;
            this.line = line;
            this.fields = fields;
            this.columns = columns;
        }

        /** The trimmed value of a column, empty when the line is shorter. */
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new IllegalArgumentException(resource + " has no column " + column);
            }
            return i < fields.size() ? fields.get(i).trim() : "";
        }

        /** A | separated column as a list, blanks dropped. */
        List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String s : get(column).split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }

        String where() {
            return resource + ":" + line;
        }
    }
}
