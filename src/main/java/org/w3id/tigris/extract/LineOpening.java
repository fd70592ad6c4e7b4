package org.w3id.tigris.extract;

import java.util.Locale;

/**
 * What opens a line before its sentence does: a lede's dateline, a headline's section label.
 * Their words are no subject and no content.
 */
final class LineOpening {
    private LineOpening() {
    }

    /**
     * A dateline opens a lede with a place, a source or a date and a dash: "ANKARA (Reuters) -",
     * "Baghdad, 9 December 2023 -". Its words are no subject and no content.
     */
    static int datelineEnd(SentenceView s) {
        for (int i = 1; i < Math.min(s.size() - 1, 12); i++) {
            if (!s.is(i, "-", "—", "–", "--"))
                continue;
            if (s.attachedToPrevious(i) && s.attachedToPrevious(i + 1))
                return 0; // a hyphen inside a word
            for (int k = 0; k < i; k++)
                if (!(s.posIs(k, "PROPN", "NUM", "PUNCT") || s.mention(k) != null
                        || s.token(k).text().equals(s.token(k).text().toUpperCase(Locale.ROOT))))
                    return 0;
            return i + 1;
        }
        return 0;
    }

    /**
     * A section label before a headline, in capitals and set off by a dash or a colon ("BURKINA
     * FASO - Dozens killed in …", "SUDAN: Army repels …"): the page's heading, not the headline's
     * subject. A capitalised subject ("US Strikes …") has no dash after it.
     */
    static int kickerEnd(SentenceView s) {
        for (int i = 1; i < Math.min(s.size() - 1, 6); i++) {
            if (!s.is(i, "-", "—", "–", "--", ":"))
                continue;
            if (s.attachedToPrevious(i) && s.attachedToPrevious(i + 1))
                return 0; // a hyphen inside a word
            for (int k = 0; k < i; k++) {
                String t = s.token(k).text();
                if (!t.equals(t.toUpperCase(Locale.ROOT)) || t.chars().noneMatch(Character::isLetter))
                    return 0;
            }
            return i + 1;
        }
        return 0;
    }
}
