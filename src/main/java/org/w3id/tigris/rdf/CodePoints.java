package org.w3id.tigris.rdf;

/**
 * Converts offsets into a Java string (UTF-16 code units, as every stage before RDF
 * counts) to offsets in Unicode code points, as NIF and SPARQL ({@code SUBSTR},
 * {@code STRLEN}) count. The two differ only after a character outside the Basic
 * Multilingual Plane (emoji, some scripts); for most texts the conversion is the identity.
 */
final class CodePoints {
    private final int[] codePointAt; // null when the text has no surrogate pairs

    CodePoints(String text) {
        this.codePointAt = hasSurrogates(text) ? table(text) : null;
    }

    int offset(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] table(String text) {
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            // the low half of a pair sits inside the same code point as its high half
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                table[i] = cp - 1;
            }
        }
        table[text.length()] = cp;
        return table;
    }
}
