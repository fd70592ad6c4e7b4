package org.w3id.tigris.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines file, one document per line: {@code text} (required), and optionally
 * {@code url}, {@code title}, {@code published} (ISO date). Lines are streamed, so a file
 * may hold any number of documents; each line is limited in size, not the file. A bad line
 * is reported by its number and the rest of the file goes on.
 */
final class JsonlReader {
    private final ObjectMapper json;
    private final long maxLineBytes;

    JsonlReader(ObjectMapper json, long maxLineBytes) {
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    /** Returns the number of lines that were not blank, read or refused. */
    int read(String fileName, InputStream in, Consumer<Source> sink, Consumer<ReadProblem> problems) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int lineNo = 1;
        int lines = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    lines += finishLine(fileName, lineNo++, line, tooLong, sink, problems);
                    line.reset();
                    tooLong = false;
                } else if (!tooLong) {
                    if (line.size() >= maxLineBytes) {
                        tooLong = true;
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
        }
        if (line.size() > 0 || tooLong)
            lines += finishLine(fileName, lineNo, line, tooLong, sink, problems);
        return lines;
    }

    /** Returns 0 for a blank line, else 1. */
    private int finishLine(String fileName, int lineNo, ByteArrayOutputStream bytes, boolean tooLong,
                            Consumer<Source> sink, Consumer<ReadProblem> problems) {
        String name = fileName + "#" + lineNo;
        if (tooLong) {
            problems.accept(new ReadProblem(name, "line " + lineNo + " is over the " + Sizes.describe(maxLineBytes) + " limit"));
            return 1;
        }
        Optional<String> decoded = utf8(bytes.toByteArray(), lineNo == 1);
        if (decoded.isEmpty()) {
            problems.accept(new ReadProblem(name, "line " + lineNo + " is not valid UTF-8"));
            return 1;
        }
        String line = decoded.get();
        if (line.isBlank())
            return 0;
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(new ReadProblem(name, "line " + lineNo + " is not valid JSON"));
            return 1;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new ReadProblem(name, "line " + lineNo + " is not a JSON object"));
            return 1;
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            problems.accept(new ReadProblem(name, "line " + lineNo + " has no \"text\" field"));
            return 1;
        }
        new RecordSource(name, "line " + lineNo, textNode.asText(), textual(node, "url"), textual(node, "title"),
                textual(node, "published")).toSource(problems).ifPresent(sink);
        return 1;
    }

    private static Optional<String> textual(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<String> utf8(byte[] bytes, boolean firstLine) {
        int offset = firstLine && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
