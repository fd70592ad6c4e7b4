package org.w3id.tigris.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a tab-separated classpath resource, the form every lexicon of the
 * pipeline (boilerplate cues, abbreviations, triggers, number words …) is kept in:
 * {@code #} lines document the file, blank lines are ignored, cells are stripped.
 */
public final class TsvResource {
    private TsvResource() {
    }

    public static List<String[]> rows(String resource, int minColumns) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("Missing classpath resource " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] cells = line.split("\t", -1);
                if (cells.length < minColumns)
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected " + minColumns
                            + " tab-separated columns");
                for (int i = 0; i < cells.length; i++)
                    cells[i] = cells[i].strip();
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return rows;
    }
}
