package org.w3id.tigris.read;

import java.text.Normalizer;

/**
 * Makes decoded text safe to store and to point into: Unicode NFC, line endings as
 * {@code \n}, and no character that is invisible, reorders text or is not allowed in an
 * XML/RDF literal (NUL and other C0/C1 controls except tab and newline, bidirectional
 * controls, terminal escape sequences, byte-order marks, non-characters, lone surrogates,
 * zero-width spaces and soft hyphens).
 * Runs before any offset is taken, so every later offset is into the cleaned text.
 */
final class TextCleaner {
    private TextCleaner() {
    }

    /** The cleaned text, stripped of leading and trailing whitespace (possibly empty). */
    static String clean(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int n = nfc.length();
        for (int i = 0; i < n; i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && nfc.charAt(i + 1) == '\n')
                        continue;
                    out.append('\n');
                }
                case '\n', '\t' -> out.append(c);
                case '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> out.append('\n');
                case '\u001B' -> i = skipEscapeSequence(nfc, i);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(nfc.charAt(i + 1))) {
                        out.append(c).append(nfc.charAt(++i));
                    } else if (keeps(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().strip();
    }

    private static boolean keeps(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            return false;
        if (Character.isSurrogate(c)) // unpaired
            return false;
        return switch (c) {
            // bidirectional marks, embeddings, overrides and isolates
            case '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                 '\u2066', '\u2067', '\u2068', '\u2069' -> false;
            // byte-order mark, non-characters, the replacement character left by a broken decoder
            case '\uFEFF', '\uFFFE', '\uFFFF', '\uFFFD' -> false;
            // invisible breaks inside words (zero-width space, word joiner, soft hyphen) that
            // would hide a name from matching; the joiners Arabic script needs are kept
            case '\u200B', '\u2060', '\u00AD', '\u180E' -> false;
            default -> true;
        };
    }

    /** Skips an ANSI escape: ESC alone, or a CSI sequence {@code ESC [ params final}. Returns the last index used. */
    private static int skipEscapeSequence(String s, int escape) {
        int i = escape + 1;
        if (i >= s.length() || s.charAt(i) != '[')
            return escape;
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 0x40 && c <= 0x7E)
                return i;
            if (c < 0x20 || c > 0x3F)
                return i - 1; // not a well-formed sequence: drop only what was read
            i++;
        }
        return i - 1;
    }
}
