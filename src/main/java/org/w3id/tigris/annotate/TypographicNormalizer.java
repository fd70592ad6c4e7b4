package org.w3id.tigris.annotate;

/**
 * Makes a same-length copy of a text in which typographic quotes, apostrophes and exotic
 * spaces are replaced by their ASCII forms. The OpenNLP models were trained on ASCII
 * punctuation; because every character maps to exactly one character, an offset into the
 * copy is also an offset into the original text.
 */
final class TypographicNormalizer {
    private TypographicNormalizer() {
    }

    static String normalize(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = ascii(c);
            if (n != c) {
                if (chars == null)
                    chars = text.toCharArray();
                chars[i] = n;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char ascii(char c) {
        switch (c) {
            case '\u2018': // left single quotation mark
            case '\u2019': // right single quotation mark, the usual typographic apostrophe
            case '\u201A': // single low-9 quotation mark
            case '\u201B': // single high-reversed-9 quotation mark
            case '\u2032': // prime, often typed for an apostrophe
            case '\u02BC': // modifier letter apostrophe
                return '\'';
            case '\u201C':
            case '\u201D':
            case '\u201E':
            case '\u201F':
            case '\u2033':
                return '"';
            case '\u00A0': // no-break space
            case '\u2007':
            case '\u202F':
            case '\u2009':
            case '\u200A':
            case '\u200B': // zero-width space: a word boundary for the tokenizer
            case '\u3000':
                return ' ';
            default:
                return c;
        }
    }
}
