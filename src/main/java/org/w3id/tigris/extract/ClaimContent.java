package org.w3id.tigris.extract;

import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.time.DateMention;

/**
 * Where a claim's content lies around its cue: after it (a that-clause, a colon, a quotation,
 * an object, an infinitive, a bare clause), or before it ("…, X said", "“…,” X said"), and
 * where it stops (a new attribution, a coordinated predicate). Offsets are characters into the
 * document text; quote marks and trailing punctuation are left out.
 */
final class ClaimContent {
    // cues that report without taking a stance: their object alone is the content ("claim" is
    // not one: "claimed the attack" is the claim of it, "the attack" alone is nothing claimed)
    private static final Set<String> NEUTRAL_CUES = Set.of("say", "tell", "announce", "reveal", "confirm", "report",
            "state", "declare", "acknowledge", "admit", "reiterate", "repeat", "reaffirm", "detail");

    private final Lexicon lexicon;

    ClaimContent(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the cue takes a stance on an object ("condemned the attacks", "protest the
     * aggression") or denies a clause: then the cue word belongs to what is claimed.
     */
    static boolean stance(SentenceView s, PhraseTable.Match<Cue> m, int contentBegin) {
        Cue cue = m.value();
        if (cue.has(Cue.Frame.ESTIMATE))
            return true; // "put the toll at nine": the count alone says nothing
        if (!cue.has(Cue.Frame.OBJECT))
            return false;
        int k = s.indexAt(contentBegin);
        // "denies that the market was hit": the clause alone would say the opposite of the claim
        if (cue.phrase().equals("deny") && s.is(k - 1, "that"))
            return true;
        // an object, not a that-clause, a quotation or an infinitive
        return !s.is(k - 1, "that", ":", "to", "of") && !s.isQuoteMark(k - 1) && !NEUTRAL_CUES.contains(cue.phrase());
    }

    /** The content after a cue: a that-clause, a colon, a quotation, an object, an infinitive or a bare clause. */
    Optional<int[]> after(SentenceView s, PhraseTable.Match<Cue> m) {
        Cue cue = m.value();
        int k = CueAdjuncts.skip(s, m.end());
        // "told us the toll was …", "told him that …": a pronoun addressee
        if (cue.has(Cue.Frame.ADDRESSEE) && s.valid(k) && s.is(k, "us", "me", "him", "her", "them")
                && s.valid(k + 1) && !s.isClauseBreak(k + 1)) {
            k = CueAdjuncts.skip(s, k + 1);
        } else if (cue.has(Cue.Frame.ADDRESSEE) && s.valid(k) && s.nominal(k)) {
            int j = CueAdjuncts.skip(s, Phrases.nounPhraseFrom(s, k, s.size()).span().to());
            if (s.is(j, "that", ":") || s.isQuoteMark(j) || s.is(j, "of") && cue.has(Cue.Frame.OF)
                    || infinitive(s, j) && cue.has(Cue.Frame.INF))
                k = j;
        }
        if (!s.valid(k))
            return Optional.empty();
        int start;
        if (s.is(k, "that") && !s.posIs(k, "DET") || s.is(k, ":"))
            start = k + 1;
        else if (s.isQuoteMark(k))
            start = k;
        else if (cue.has(Cue.Frame.INF) && s.is(k, "to") && !(s.is(k + 1, "be") && s.posIs(k + 2, "VERB")))
            start = k + 1; // not "asked to be identified only as …": a source's condition, not a request
        else if (cue.has(Cue.Frame.INF) && s.is(k, "not") && s.is(k + 1, "to"))
            start = k; // "asked residents not to travel": the negation is the request
        else if (cue.has(Cue.Frame.ESTIMATE) && Estimates.counted(s, k))
            start = k;
        else if (cue.has(Cue.Frame.OF) && s.is(k, "of"))
            start = k + 1;
        else if (cue.has(Cue.Frame.OBJECT) && (s.nominal(k) || s.is(k, "‘", "'")
                || s.posIs(k, "VERB") && s.lower(k).endsWith("ing") // "denied harming civilians"
                || s.is(k, "what") && s.pronoun(k + 1))) // "condemned what it called a massacre"
            start = k;
        else if (cue.has(Cue.Frame.CLAUSE) && startsClause(s, k))
            start = k;
        else
            return Optional.empty();
        if (!s.valid(start))
            return Optional.empty();
        int[] span = span(s, start, s.size());
        return span[1] > span[0] ? Optional.of(span) : Optional.empty();
    }

    /** "to act", "not to act": an infinitive, negated or not. */
    private static boolean infinitive(SentenceView s, int k) {
        return s.is(k, "to") || s.is(k, "not") && s.is(k + 1, "to");
    }

    /** A noun phrase (or pronoun) followed, within a few words, by a verb: "Iran is …", "these groups have been …". */
    private static boolean startsClause(SentenceView s, int k) {
        if (s.pronoun(k) || s.is(k, "there"))
            return true;
        // "said about a third of the families had left", "said at least 12 were killed"
        int q = k;
        while (s.is(q, "about", "around", "nearly", "almost", "roughly", "approximately", "at", "least", "more", "than",
                "up", "to", "over", "some") && q - k < 3)
            q++;
        if (q > k && (s.posIs(q, "NUM") || s.is(q, "a", "half", "dozens", "hundreds", "thousands")))
            k = q;
        // "said none of its staff had died", "said all five were released"
        boolean quantifier = s.is(k, "none", "all", "some", "most", "both", "each", "many", "few", "several");
        if (!s.nominal(k) && !quantifier)
            return false;
        int j = quantifier ? k + 1 : Phrases.nounPhraseFrom(s, k, s.size()).span().to();
        if (quantifier && s.is(j, "of"))
            j = Phrases.nounPhraseFrom(s, j + 1, s.size()).span().to();
        // "the group, which it designates a terrorist organisation, uses …", "nine villagers,
        // including two teachers, were killed": an aside between the subject and its verb
        if (s.isComma(j) && (s.isRelativePronoun(j + 1) || s.is(j + 1, "including"))) {
            int close = j + 1;
            while (s.valid(close) && !s.isComma(close))
                close++;
            j = close + 1;
        }
        for (int n = 0; n < 6 && s.valid(j); n++, j++) {
            if (s.posIs(j, "AUX", "VERB") && (s.verbal(j) || s.posIs(j, "AUX")))
                return true;
            if (s.isQuoteMark(j))
                return true; // said Baghdad “will not allow …”
            if (s.isComma(j) || s.isClauseBreak(j))
                return false;
        }
        return false;
    }

    /**
     * The content from token {@code start}: to the end of the sentence, or of the quotation it
     * opens, stopping before a new attribution (", adding that", ", according to", "and issued").
     */
    int[] span(SentenceView s, int start, int limit) {
        int end = limit;
        if (s.isQuoteMark(start)) {
            Optional<Quotation> q = s.document.quotationAt(s.end(start));
            if (q.isPresent()) {
                int closeToken = s.indexAt(q.get().end());
                // the quotation is the content unless the sentence goes on with more of it
                if ((closeToken >= s.size() - 2 || s.begin(Math.min(closeToken, s.size() - 1)) >= q.get().end())
                        && !clauseRunsOn(s, closeToken + 1))
                    return trim(s.document.text, q.get().begin(), q.get().end());
            }
        }
        for (int k = start + 1; k < limit; k++) {
            boolean participleCue = s.lower(k).endsWith("ing") && lexicon.cues.matchAt(s.tokens, k).isPresent();
            if (s.isComma(k) && s.valid(k + 1) && (participleCue(s, k + 1) || s.is(k + 1, "according")
                    || s.is(k + 1, "while", "as") && participleCue(s, k + 2))) {
                end = k;
                break;
            }
            if (participleCue && s.is(k - 1, "while", "also") && k - 1 > start) {
                end = s.is(k - 2, "while") ? k - 2 : k - 1;
                break;
            }
            if (s.is(k, "and", "but") && s.posIs(k + 1, "VERB") && s.verbal(k + 1) && !s.lower(k + 1).endsWith("ing")
                    && !s.quoted(k)) {
                end = k;
                break;
            }
        }
        while (end > start && (s.posIs(end - 1, "PUNCT") && !s.isQuoteMark(end - 1) || s.is(end - 1, "while", "also")))
            end--;
        if (end <= start)
            return new int[] {0, 0};
        return trim(s.document.text, s.begin(start), s.end(end - 1));
    }

    /**
     * "claims that “soldiers of the caliphate” attacked the army": the quotation is the subject of
     * the reported clause, whose verb follows its closing mark (past a dashed aside: "“mercenaries
     * of the aggression” - its term for government forces - shelled …", "“Shene terrorists”, the
     * official name for the OLA, had attacked …").
     */
    private static boolean clauseRunsOn(SentenceView s, int k) {
        if (s.valid(k) && (s.is(k, "-", "–", "—") || s.isComma(k))) {
            boolean comma = s.isComma(k);
            int close = k + 1;
            while (s.valid(close) && close - k < 10 && !(comma ? s.isComma(close) : s.is(close, "-", "–", "—")))
                close++;
            k = s.valid(close) && close - k < 10 ? close + 1 : k;
        }
        return s.valid(k) && s.posIs(k, "VERB", "AUX") && s.verbal(k) && !s.lower(k).endsWith("ing");
    }

    private boolean participleCue(SentenceView s, int k) {
        return s.valid(k) && s.lower(k).endsWith("ing") && lexicon.cues.matchAt(s.tokens, k).isPresent();
    }

    /**
     * The content before a speaker that starts at token {@code speakerStart}: "…, X said" and
     * "“…,” X said", the quotation being taken whole when it began in an earlier sentence.
     */
    Optional<int[]> before(SentenceView s, int speakerStart) {
        int k = speakerStart - 1;
        while (k >= 0 && (s.isComma(k) || s.isQuoteMark(k) || s.is(k, "—", "-", "–")))
            k--;
        if (k < 0 || k == speakerStart - 1 && !s.isQuoteMark(k))
            return Optional.empty();
        int contentEnd = s.end(k);
        int start = Math.max(leadingCredit(s, k), Math.min(s.datelineEnd, k));
        while (start < k && (s.isQuoteMark(start) || s.posIs(start, "PUNCT")
                || s.posIs(start, "ADV") && s.isComma(start + 1))) // "Meanwhile, …"
            start++;
        for (int q = speakerStart - 1; q > k; q--) {
            if (s.isQuoteMark(q)) {
                Optional<Quotation> quote = s.document.quotationAt(s.begin(q) - 1);
                // a quotation that opens the sentence, or began before it, is the content whole
                if (quote.isPresent() && quote.get().end() <= s.begin(q) && quote.get().begin() <= s.begin(start))
                    return Optional.of(trim(s.document.text, quote.get().begin(), quote.get().end()));
            }
        }
        if (start > k)
            return Optional.empty();
        return Optional.of(trim(s.document.text, s.begin(start), contentEnd));
    }

    /** Skips a photo credit and dateline that open a caption sentence: "(Getty) April 11, 2020 New air …". */
    int leadingCredit(SentenceView s, int limit) {
        int start = 0;
        for (int k = 0; k < Math.min(limit, 5); k++)
            if (s.is(k, ")"))
                start = k + 1;
        for (DateMention d : lexicon.dates.find(s.document.text, s.begin(start), s.end(limit), Optional.empty())) {
            int first = s.indexAt(d.begin());
            if (first <= start + 1 && !d.relative()) {
                start = s.indexAt(d.end());
                break;
            }
        }
        return Math.min(start, limit);
    }

    /** Strips quote marks, spaces and trailing commas or periods from a span. */
    static int[] trim(String text, int begin, int end) {
        while (begin < end && (Character.isWhitespace(text.charAt(begin)) || "\"“”«»‘’'".indexOf(text.charAt(begin)) >= 0))
            begin++;
        while (end > begin && (Character.isWhitespace(text.charAt(end - 1)) || "\"“”«»,;:.".indexOf(text.charAt(end - 1)) >= 0))
            end--;
        return new int[] {begin, end};
    }

    /** Whether the content is (mostly) quoted words. */
    static boolean direct(DocumentView doc, int begin, int end) {
        int quoted = 0;
        for (int i = begin; i < end; i++)
            if (!Character.isWhitespace(doc.text.charAt(i)) && doc.quotationAt(i).isPresent())
                quoted++;
        int all = 0;
        for (int i = begin; i < end; i++)
            if (!Character.isWhitespace(doc.text.charAt(i)))
                all++;
        return all > 0 && quoted >= 0.8 * all;
    }

}
