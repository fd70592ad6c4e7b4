package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * Shallow phrase finding over UD tags, without a parser: the subject region before a verb,
 * the noun phrase at its head, the object after it, the prepositional phrases that follow a
 * word ({@link PrepPhrases}). Good enough for news prose, where subjects lead and arguments follow in
 * prepositional phrases; every rule stays inside one sentence.
 */
final class Phrases {
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "jan.", "feb.", "yesterday", "today", "tonight");
    // compiled once: they are tried on every word of many sentences
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern AUXILIARY_LEMMA =
            Pattern.compile("have|be|do|will|would|shall|may|might|can|could|should|must");
    private static final Pattern PRO_OR_ANTI = Pattern.compile("(pro|anti)-?");
    private static final Pattern PRO_OR_ANTI_PREFIXED = Pattern.compile("(?i)(pro|anti)-.*");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "at", "during", "earlier", "late",
            "early", "last", "this", "overnight");
    private static final Set<String> ADJUNCT_NOUNS = Set.of("statement", "interview", "speech", "letter", "post",
            "video", "tweet", "conference", "briefing", "call", "night", "morning", "evening", "afternoon", "day",
            "week", "month", "year", "weekend", "address", "communique", "release");
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "although", "though", "while",
            "whereas", "after", "before", "when", "as", "if", "since", "but", "and", "or", "whether", "until");

    private Phrases() {
    }

    /** A span of tokens {@code [from, to)} of one sentence. */
    record Span(int from, int to) {
        boolean isEmpty() {
            return from >= to;
        }

        boolean contains(int i) {
            return i >= from && i < to;
        }
    }

    /**
     * A noun phrase and the mentions in it: heads (not followed by a possessive) and
     * possessors ("Iraq's" in "Iraq's foreign ministry").
     */
    record NounPhrase(Span span, List<ResolvedMention> heads, List<ResolvedMention> possessors) {
        boolean isEmpty() {
            return span.isEmpty();
        }

        int last() {
            return span.to() - 1;
        }
    }

    /**
     * The words before verb {@code v} that hold its subject, appositions and relative clauses
     * included: "Kataib Hezbollah, a group which is part of the network, announced".
     * Auxiliaries, adverbs and adjunct phrases ("in a statement", "on Saturday") before the verb
     * are left out, and so is a leading adverbial clause ("While meeting X, Sudani said").
     */
    static Span subjectRegion(SentenceView s, int v) {
        // "summoned the ambassador in Baghdad to protest …": a purpose infinitive after an object has
        // the main subject; "Israel's use of airspace to attack …" (after a noun's of-phrase) does not
        if (s.is(v - 1, "to") && s.valid(v - 2) && (s.nominal(v - 2) || s.posIs(v - 2, "PRON")) && !s.posIs(v - 2, "ADJ")) {
            for (int k = v - 2; k >= Math.max(0, v - 10); k--) {
                if (s.is(k, "of") || s.isClauseBreak(k) || s.isComma(k))
                    break;
                if (s.nominal(k) || s.posIs(k, "ADP", "PRON"))
                    continue;
                if (s.verbal(k) && s.posIs(k, "VERB") && !s.lower(k).endsWith("ing") && !s.is(k - 1, "to"))
                    return subjectRegion(s, k);
                break;
            }
        }
        int j = skipVerbGroup(s, v - 1);
        j = skipAdjuncts(s, j);
        j = skipVerbGroup(s, j);
        int end = j + 1;
        int k = j;
        int leftmostComma = -1;
        boolean clauseBefore = false;
        while (k >= 0) {
            if (s.is(k, ")")) {
                int open = k - 1;
                while (open >= 0 && open > k - 8 && !s.is(open, "("))
                    open--;
                if (open >= 0 && s.is(open, "(")) {
                    k = open - 1;
                    continue;
                }
                break;
            }
            if (s.isClauseBreak(k))
                break;
            if (s.isComma(k)) {
                leftmostComma = k;
                k--;
                continue;
            }
            if (s.isRelativePronoun(k) && !s.nominal(k)) {
                k--;
                continue;
            }
            if ((s.posIs(k, "SCONJ", "CCONJ") || s.is(k, "after", "before", "until", "since", "because", "while", "when"))
                    && s.is(k, SUBORDINATORS.toArray(String[]::new))) {
                if (s.is(k, "and", "or") && s.nominal(k - 1) && s.nominal(k + 1)) {
                    k--;
                    continue; // "Iran and Iraq"
                }
                clauseBefore = true;
                break;
            }
            if (s.is(k, "including", "excluding", "notably")) {
                k--;
                continue; // "The Israeli officials, including Ron Dermer, met …"
            }
            if (s.posIs(k, "VERB", "AUX") && !s.nominal(k)) {
                if (s.isRelativePronoun(k - 1) || s.posIs(k - 1, "AUX", "ADV") && s.isRelativePronoun(k - 2)) {
                    k -= 2;
                    continue;
                }
                String w = s.lower(k);
                boolean participle = w.endsWith("ed") || w.endsWith("en") || w.endsWith("ing")
                        || !w.equals(s.lemma(k)) && !w.endsWith("s");
                // "troops stationed in Iraq", "X, based in Y,": a participle without an object of its own
                boolean noObject = !s.valid(k + 1) || s.posIs(k + 1, "ADP", "PUNCT") || s.is(k + 1, "by");
                if (participle && noObject && (s.isComma(k - 1) || s.posIs(k - 1, "NOUN", "PROPN") || s.mention(k - 1) != null)) {
                    k--;
                    continue;
                }
                clauseBefore = true;
                break;
            }
            if (s.posIs(k, "ADP", "ADV", "PART") || s.nominal(k) || s.posIs(k, "PRON", "PUNCT", "CCONJ", "X", "SYM")) {
                k--;
                continue;
            }
            clauseBefore = true;
            break;
        }
        int start = k + 1;
        if (clauseBefore && leftmostComma >= start)
            start = leftmostComma + 1;
        start = skipCredit(s, Math.max(start, Math.min(s.datelineEnd, end)), end);
        if (start >= end && s.valid(j) && s.is(j, "and", "but", "or", "then"))
            return coordinatedSubject(s, j);
        // a leading adverbial phrase ("In a statement on Wednesday, X called"): X starts after it
        if (start < end && (s.posIs(start, "ADP", "SCONJ", "ADV") || s.posIs(start, "VERB") && s.lower(start).endsWith("ing"))) {
            int comma = start;
            while (comma < end && !s.isComma(comma))
                comma++;
            if (comma < end)
                start = comma + 1;
        }
        while (start < end && (s.isComma(start) || s.posIs(start, "PUNCT") && !s.nominal(start)))
            start++;
        return new Span(start, Math.max(start, end));
    }

    /** "Sudani ordered an inquiry and described the attack …": the verbs share the subject. */
    private static Span coordinatedSubject(SentenceView s, int conjunction) {
        for (int v = conjunction - 1; v >= 0; v--) {
            if (s.isQuoteMark(v) || s.quoted(v))
                continue; // "condemned what it called “a blatant aggression” and said …"
            if (s.isClauseBreak(v) || s.isComma(v) && !s.posIs(v - 1, "NOUN", "PROPN"))
                break;
            if (s.pronoun(v - 1) && s.is(v - 2, "what"))
                continue; // "what it called": not the clause's own verb
            if (s.verbal(v) && s.posIs(v, "VERB", "AUX") && !s.lower(v).endsWith("ing"))
                return subjectRegion(s, v);
        }
        return new Span(conjunction, conjunction);
    }

    /** A photo credit and dateline opening a caption: "(Supplied) April 11, 2020 The United States …". */
    private static int skipCredit(SentenceView s, int start, int end) {
        for (int k = start; k < Math.min(end, start + 5); k++)
            if (s.is(k, ")"))
                start = k + 1;
        int k = start;
        boolean date = false;
        while (k < end && (isDateWord(s, k) || s.posIs(k, "NUM") || s.isComma(k) || YEAR.matcher(s.lower(k)).matches())) {
            date |= isDateWord(s, k);
            k++;
        }
        return date && k < end ? k : start;
    }

    private static int skipVerbGroup(SentenceView s, int j) {
        while (s.valid(j)) {
            if (s.is(j, "to") && s.posIs(j - 1, "VERB")) {
                j -= 2; // "continue to attack", "decided to suspend": the subject is the catenative verb's
            } else if (s.posIs(j, "AUX", "ADV") || s.is(j, "to", "not", "n't", "also", "reportedly", "allegedly")
                    || s.posIs(j, "VERB") && AUXILIARY_LEMMA.matcher(s.lemma(j)).matches()) {
                j--;
            } else if (s.posIs(j, "ADJ") && s.is(j + 1, "to") && s.posIs(j - 1, "AUX")) {
                j--; // "was quick to announce"
            } else {
                break;
            }
        }
        return j;
    }

    private static int skipAdjuncts(SentenceView s, int j) {
        while (s.valid(j)) {
            int k = j;
            boolean fits = false;
            while (s.valid(k) && s.nominal(k) && s.mention(k) == null) {
                if (s.posIs(k, "NUM") || s.is(k, ADJUNCT_NOUNS.toArray(String[]::new)) || isDateWord(s, k))
                    fits = true;
                k--;
            }
            if (k < j && fits && s.posIs(k, "ADP", "ADV", "ADJ", "DET") && s.mention(k) == null
                    && s.is(k, ADJUNCT_PREPOSITIONS.toArray(String[]::new))) {
                j = k - 1;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * The subject of the main clause when token {@code from} opens a leading participial or
     * adverbial clause: "Condemning the strikes, Baghdad said …", "While meeting X, Sudani said …".
     */
    static Optional<Span> leadingClauseSubject(SentenceView s, int from) {
        for (int k = 0; k < from; k++)
            if (!s.posIs(k, "SCONJ", "ADV", "ADP"))
                return Optional.empty();
        String w = s.lower(from);
        if (!(w.endsWith("ing") || w.endsWith("ed")))
            return Optional.empty();
        int comma = from;
        while (s.valid(comma) && !s.isComma(comma) && !s.isClauseBreak(comma))
            comma++;
        if (!s.isComma(comma))
            return Optional.empty();
        for (int v = comma + 1; v < s.size(); v++) {
            if (s.verbal(v) && s.posIs(v, "VERB", "AUX", "NOUN", "PROPN", "ADJ")) {
                Span region = subjectRegion(s, v);
                return region.isEmpty() ? Optional.empty() : Optional.of(region);
            }
        }
        return Optional.empty();
    }

    static boolean startsTimeExpression(SentenceView s, int j) {
        if (s.mention(j) != null)
            return false;
        return isDateWord(s, j) && !s.posIs(j - 1, "DET")
                || s.is(j, "last", "next", "this", "late", "early", "earlier") && s.is(j + 1, "week", "month", "year",
                "weekend", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    }

    static boolean isDateWord(SentenceView s, int i) {
        return DATE_WORDS.contains(s.lower(i));
    }

    /** The first noun phrase of a region, with its mentions. */
    static NounPhrase firstNounPhrase(SentenceView s, Span region) {
        int i = region.from();
        while (i < region.to() && !s.nominal(i) && !s.pronoun(i))
            i++;
        if (i >= region.to())
            return new NounPhrase(new Span(i, i), List.of(), List.of());
        if (s.pronoun(i))
            return new NounPhrase(new Span(i, i + 1), List.of(), List.of());
        return nounPhraseFrom(s, i, region.to());
    }

    /** The noun phrase starting at token {@code i}, extended right over nominal words and coordinations. */
    static NounPhrase nounPhraseFrom(SentenceView s, int i, int limit) {
        int j = i;
        while (j < limit && s.valid(j)) {
            if (j > i && startsTimeExpression(s, j))
                break; // "in Fallujah last month": the place ends where the time begins
            if (j > i && PrepPhrases.compassOf(s, j))
                break; // "a convoy north of Anefis": the direction opens a place phrase
            if (s.nominal(j)) {
                j++;
            } else if (s.mention(j) != null && s.mention(j) == s.mention(j - 1)) {
                j++; // "of" inside a name: "State of Law coalition"
            } else if (s.is(j, "(") && j > i && s.is(j + 2, ")") && (s.mention(j + 1) != null || s.posIs(j + 1, "PROPN"))
                    && j + 3 < limit && s.nominal(j + 3)) {
                j += 3; // "Department of Defense (DOD) report"
            } else if (s.is(j, "and", "&") && s.nominal(j + 1) && j + 1 < limit
                    && (s.mention(j + 1) != null || s.posIs(j + 1, "DET") && s.mention(j + 2) != null)) {
                j++; // "Iran and Iraq", "Syria and the Islamic Resistance"
            } else {
                break;
            }
        }
        return withMentions(s, new Span(i, j));
    }

    static NounPhrase withMentions(SentenceView s, Span span) {
        Set<ResolvedMention> heads = new LinkedHashSet<>();
        Set<ResolvedMention> possessors = new LinkedHashSet<>();
        int k = span.from();
        while (k < span.to()) {
            ResolvedMention m = s.mention(k);
            if (m == null) {
                k++;
                continue;
            }
            int first = k;
            int after = k + 1;
            while (after < span.to() && s.mention(after) == m)
                after++;
            k = after;
            if (s.affiliationModifier(after))
                continue; // "Iran-backed militias" are not Iran
            if (s.valid(first - 1) && PRO_OR_ANTI.matcher(s.lower(first - 1)).matches()
                    || PRO_OR_ANTI_PREFIXED.matcher(s.token(first).text()).matches())
                continue; // "a pro-Iran militia" is not Iran
            if (s.isPossessive(after))
                possessors.add(m);
            else
                heads.add(m);
        }
        heads.removeAll(possessors);
        return new NounPhrase(span, List.copyOf(heads), List.copyOf(possessors));
    }

    /** The noun phrase ending at token {@code last}, extended left over nominal words. */
    static NounPhrase nounPhraseEndingAt(SentenceView s, int last) {
        int i = last;
        while (s.valid(i - 1) && !s.posIs(i, "DET") && (s.nominal(i - 1) || s.mention(i - 1) != null && s.mention(i - 1) == s.mention(i)))
            i--;
        return withMentions(s, new Span(i, last + 1));
    }

    /**
     * The object of verb {@code v}: the noun phrase right after it (particles and adverbs
     * skipped), with the of-phrase that completes it ("the headquarters of Hezbollah").
     */
    static NounPhrase object(SentenceView s, int from) {
        int i = from;
        while (s.valid(i) && (s.posIs(i, "ADV") || s.is(i, "out", "up", "off", "down") && s.posIs(i, "ADP", "ADV", "PART")))
            i++;
        if (!s.valid(i) || !s.nominal(i) || s.quoted(i) != s.quoted(Math.max(0, from - 1)))
            return new NounPhrase(new Span(from, from), List.of(), List.of());
        NounPhrase np = nounPhraseFrom(s, i, s.size());
        int end = np.span().to();
        if (s.is(end, "of") && s.nominal(end + 1)) {
            NounPhrase of = nounPhraseFrom(s, end + 1, s.size());
            np = withMentions(s, new Span(np.span().from(), of.span().to()));
        }
        return np;
    }
}
