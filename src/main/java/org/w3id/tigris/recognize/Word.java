package org.w3id.tigris.recognize;

/**
 * A word of the document text as the name matchers see it: a run of letters and digits,
 * apostrophes inside it kept ("Kata'ib"), initialisms joined ("U.S."), a possessive
 * {@code 's} left out.
 *
 * @param begin     offset of its first character in the document text
 * @param end       offset after its last character (the possessive is not included)
 * @param surface   the text as written, {@code documentText.substring(begin, end)}
 * @param folded    surface without diacritics, apostrophes and dots, case kept
 * @param key       transliteration-folded key ({@link NameNormalizer#wordKey})
 * @param gapBefore what separates it from the previous word of the same span
 */
public record Word(int begin, int end, String surface, String folded, String key, Gap gapBefore) {

    /** What lies between two words. */
    public enum Gap {
        /** the first word of the scanned span */
        START,
        /** white space (or an editorial bracket, or the dot of an abbreviation) */
        SPACE,
        /** a hyphen: "al-Sudani", "US-led" */
        HYPHEN,
        /** two words written together: "IraqAl" (a lower-to-upper case change) */
        JOINED,
        /** a possessive 's: "Iraq's government" */
        POSSESSIVE,
        /** anything else: punctuation, quotes, a line break */
        BREAK;

        /** Whether a gazetteer name may run across this gap. */
        public boolean joinsName() {
            return this == SPACE || this == HYPHEN || this == JOINED || this == POSSESSIVE;
        }

        /** Whether a proper-noun chunk may run across this gap. */
        public boolean joinsChunk() {
            return this == SPACE || this == HYPHEN || this == JOINED;
        }
    }

    public boolean isCapitalized() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** Lower-case folded form, for look-ups in cue tables. */
    public String lower() {
        return folded.toLowerCase(java.util.Locale.ROOT);
    }
}
