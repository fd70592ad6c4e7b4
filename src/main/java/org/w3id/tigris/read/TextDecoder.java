package org.w3id.tigris.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into characters, or refuses them. UTF-8 is read strictly (a byte
 * sequence that is not UTF-8 is never silently replaced); a byte-order mark is dropped. Text
 * that is not UTF-8 but looks like a legacy 8-bit encoding is read as windows-1252 (a
 * superset of ISO-8859-1), or as the charset the document itself declares. Anything else is
 * refused as not text, so mojibake never reaches the graph.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a file the binary sniffing looks at. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * @param declared the charset the document declares (HTML meta), tried when it is not UTF-8
     */
    static String decode(String name, byte[] bytes, Optional<Charset> declared) {
        if (bytes.length == 0)
            throw new UnreadableSourceException(name, "nothing to extract (empty file)");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF))
            return strictly(name, bytes, 3, StandardCharsets.UTF_8)
                    .orElseThrow(() -> new UnreadableSourceException(name, "not text (invalid UTF-8 after a UTF-8 byte-order mark)"));
        if (startsWith(bytes, 0xFE, 0xFF))
            return strictly(name, bytes, 2, StandardCharsets.UTF_16BE)
                    .orElseThrow(() -> new UnreadableSourceException(name, "not text (invalid UTF-16)"));
        if (startsWith(bytes, 0xFF, 0xFE))
            return strictly(name, bytes, 2, StandardCharsets.UTF_16LE)
                    .orElseThrow(() -> new UnreadableSourceException(name, "not text (invalid UTF-16)"));

        ByteStats stats = ByteStats.of(bytes);
        // Real text, even with a stray NUL or escape sequence, has almost no control bytes;
        // images, archives and UTF-16 without a byte-order mark have many.
        if (stats.controlShare() > 0.10)
            throw new UnreadableSourceException(name, "not text (binary data)");
        Optional<String> utf8 = strictly(name, bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent())
            return utf8.get();
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            Optional<String> text = strictly(name, bytes, 0, declared.get());
            if (text.isPresent())
                return text.get();
        }
        if (stats.looksLikeWindows1252())
            return strictly(name, bytes, 0, WINDOWS_1252)
                    .orElseThrow(() -> new UnreadableSourceException(name, "not text (unknown encoding)"));
        throw new UnreadableSourceException(name, "not text (binary data or an unknown encoding; expected UTF-8)");
    }

    private static Optional<String> strictly(String name, byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length)
            return false;
        for (int i = 0; i < prefix.length; i++)
            if ((bytes[i] & 0xFF) != prefix[i])
                return false;
        return true;
    }

    /** Byte counts over the start of a file. */
    private record ByteStats(int total, int control, int high, int undefinedIn1252) {
        static ByteStats of(byte[] bytes) {
            int n = Math.min(bytes.length, SNIFF_BYTES);
            int control = 0;
            int high = 0;
            int undefined = 0;
            for (int i = 0; i < n; i++) {
                int b = bytes[i] & 0xFF;
                if (b == 0x7F || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B))
                    control++;
                else if (b >= 0x80) {
                    high++;
                    if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
                        undefined++;
                }
            }
            return new ByteStats(n, control, high, undefined);
        }

        double controlShare() {
            return total == 0 ? 0 : (double) control / total;
        }

        /** Mostly ASCII with a few accented letters, no control bytes, no bytes 1252 lacks. */
        boolean looksLikeWindows1252() {
            return undefinedIn1252 == 0 && control * 100 <= total && high * 100 <= total * 30;
        }
    }
}
