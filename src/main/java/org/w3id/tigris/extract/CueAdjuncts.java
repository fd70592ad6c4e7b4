package org.w3id.tigris.extract;

import java.util.Set;

/**
 * The words that may stand between a reporting cue and its content without being either: a
 * time ("on Thursday", "this morning"), a medium ("in a statement", "on its Facebook page",
 * "in an interview with X"), an audience ("to reporters").
 */
final class CueAdjuncts {
    // where words are said: "wrote on X that", "said on its Facebook page that", "told us by phone"
    private static final Set<String> MEDIA = Set.of("x", "facebook", "telegram", "twitter", "whatsapp", "instagram",
            "tiktok", "youtube", "page", "account", "channel", "phone", "telephone", "television", "radio", "tv");

    private CueAdjuncts() {
    }

    /** "in a statement", "on Thursday", "to reporters", "earlier": words between a cue and its content. */
    static int skip(SentenceView s, int k) {
        while (s.valid(k)) {
            if (s.posIs(k, "ADV") && !s.is(k, "that") || Phrases.isDateWord(s, k) && s.mention(k) == null) {
                k++;
            } else if (s.is(k, "this", "last", "yesterday") && s.is(k + 1, "morning", "afternoon", "evening", "night")) {
                k += 2; // "announced this morning that"
            } else if (s.is(k, "in", "on", "to", "during", "at", "by", "earlier", "late", "last") && s.valid(k + 1)
                    && !s.isQuoteMark(k + 1) && !(s.is(k, "at") && s.is(k + 1, "least", "most"))) {
                // ("said at least eight men had …": "at least" opens the clause's subject, not an adjunct)
                int j = k + 1;
                boolean adjunct = false;
                // "in a televised speech": a participle or adjective may stand before the noun
                while (s.valid(j) && (s.nominal(j) || s.posIs(j, "ADJ", "VERB") && s.valid(j + 1) && s.nominal(j + 1)
                        && !s.isQuoteMark(j)) && !adjunct) {
                    if (s.posIs(j, "NUM") || Phrases.isDateWord(s, j)) {
                        adjunct = true;
                        while (s.valid(j) && (s.posIs(j, "NUM") || Phrases.isDateWord(s, j)
                                || s.is(j, "morning", "afternoon", "evening", "night")
                                || s.isComma(j) && s.posIs(j + 1, "NUM")))
                            j++;
                    } else if (s.is(j, "statement", "interview", "speech", "letter", "post", "video", "tweet",
                            "conference", "briefing", "reporters", "journalists", "night", "week", "month", "day",
                            "morning", "afternoon", "evening")
                            || MEDIA.contains(s.lower(j))) {
                        adjunct = true;
                        j++;
                    } else {
                        j++;
                    }
                }
                if (!adjunct)
                    return k;
                while (s.valid(j) && MEDIA.contains(s.lower(j)))
                    j++; // "on its Facebook page"
                if (s.is(j, "with") && s.nominal(j + 1)) // "in an interview with X"
                    j = Phrases.nounPhraseFrom(s, j + 1, s.size()).span().to();
                k = j;
            } else if (s.isComma(k) && s.valid(k + 1) && s.is(k + 1, "in", "on") && !s.quoted(k + 1)) {
                k++;
            } else {
                return k;
            }
        }
        return k;
    }
}
