package org.w3id.tigris.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.tigris.annotate.Sentence;
import org.w3id.tigris.annotate.Token;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * One sentence (or headline line) with its tokens, the entity mention covering each token,
 * and which tokens stand inside a quotation. The word-class tests here read UD tags with the
 * allowances headlines need, where title case makes the tagger call verbs nouns.
 */
final class SentenceView {
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "«", "»");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom", "whose");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
    // participles that act as adjectives inside noun phrases ("US-led", "a pro-Iran armed group")
    private static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of("led", "backed", "based", "linked", "aligned",
            "affiliated", "sponsored", "funded", "armed", "allied", "run", "controlled", "supported", "owned");

    private static final Set<String> AFFILIATION = Set.of("backed", "linked", "aligned", "affiliated", "sponsored",
            "allied", "funded", "supported", "based", "controlled", "run", "inspired", "friendly");

    final ArticleView article;
    final DocumentView document;
    final Sentence sentence;
    final List<Token> tokens;
    final int index;
    final boolean headline;
    final boolean lede;
    private final ResolvedMention[] mentionAt;
    private final boolean[] quoted;
    /** the token a title-case headline uses as its verb though tagged a noun ("Iraq Slams …"), or -1 */
    private final int headlineVerb;
    /** the first token after a dateline ("ANKARA (Reuters) -", "Baghdad, 9 December 2023 -"), else 0 */
    final int datelineEnd;

    SentenceView(ArticleView article, Sentence sentence, int index, boolean headline, boolean lede) {
        this.article = article;
        this.document = article.document;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.index = index;
        this.headline = headline;
        this.lede = lede;
        this.mentionAt = new ResolvedMention[tokens.size()];
        this.quoted = new boolean[tokens.size()];
        for (ResolvedMention m : document.mentionsIn(sentence.begin(), sentence.end())) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.begin() < m.mention().end() && m.mention().begin() < t.end()) {
                    ResolvedMention old = mentionAt[i];
                    if (old == null || length(m) > length(old))
                        mentionAt[i] = m;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++)
            quoted[i] = !isQuoteMark(i) && document.quotationAt(tokens.get(i).begin()).isPresent();
        this.headlineVerb = headline ? findHeadlineVerb() : -1;
        this.datelineEnd = headline ? LineOpening.kickerEnd(this) : LineOpening.datelineEnd(this);
    }

    /** The first -s noun standing between a name and its object, when no verb comes before it. */
    private int findHeadlineVerb() {
        for (int i = 0; i < tokens.size(); i++) {
            if (posIs(i, "VERB", "AUX"))
                return -1;
            if (!posIs(i, "NOUN", "PROPN") || mentionAt[i] != null)
                continue;
            String w = lower(i);
            boolean sForm = w.endsWith("s") && !w.endsWith("ss") && w.length() > 3;
            boolean afterName = posIs(i - 1, "PROPN", "NOUN") || valid(i - 1) && mentionAt[i - 1] != null;
            boolean beforeObject = posIs(i + 1, "DET", "PROPN", "ADJ", "NUM", "PRON") || isQuoteMark(i + 1)
                    || is(i + 1, "‘", "'") || valid(i + 1) && mentionAt[i + 1] != null;
            if (sForm && afterName && beforeObject)
                return i;
        }
        return -1;
    }

    private static int length(ResolvedMention m) {
        return m.mention().end() - m.mention().begin();
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    String lemma(int i) {
        return tokens.get(i).lemma();
    }

    boolean valid(int i) {
        return i >= 0 && i < tokens.size();
    }

    boolean is(int i, String... words) {
        if (!valid(i))
            return false;
        String w = lower(i);
        for (String s : words)
            if (s.equals(w))
                return true;
        return false;
    }

    boolean posIs(int i, String... tags) {
        if (!valid(i))
            return false;
        for (String t : tags)
            if (t.equals(pos(i)))
                return true;
        return false;
    }

    ResolvedMention mention(int i) {
        return valid(i) ? mentionAt[i] : null;
    }

    boolean quoted(int i) {
        return valid(i) && quoted[i];
    }

    boolean isQuoteMark(int i) {
        return valid(i) && QUOTE_MARKS.contains(tokens.get(i).text());
    }

    boolean isComma(int i) {
        return is(i, ",");
    }

    boolean isClauseBreak(int i) {
        return is(i, ";", ":", "—", "–", "(", ")") || isQuoteMark(i);
    }

    boolean isPossessive(int i) {
        return is(i, "'s", "'", "s'") && posIs(i, "PART", "PUNCT");
    }

    boolean isPossessivePronoun(int i) {
        return is(i, POSSESSIVE_PRONOUNS.toArray(String[]::new));
    }

    boolean isRelativePronoun(int i) {
        return is(i, RELATIVE_PRONOUNS.toArray(String[]::new)) && posIs(i, "PRON", "DET", "SCONJ");
    }

    /** Whether the token joins the one before it without a space ("US-led": "-" and "led"). */
    boolean attachedToPrevious(int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin();
    }

    int begin(int i) {
        return tokens.get(i).begin();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    String text(int from, int to) {
        if (from >= to)
            return "";
        return document.text.substring(begin(from), end(to - 1));
    }

    /** The index of the token containing or first after {@code offset}; size() when none. */
    int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++)
            if (tokens.get(i).end() > offset)
                return i;
        return tokens.size();
    }

    /**
     * Whether the token is used as a verb here. The tagger calls title-case headline verbs
     * nouns ("Iraq Slams US Attack"), and bare verbs after a name are headline nouns
     * ("US attack on …").
     */
    boolean verbal(int i) {
        Token t = tokens.get(i);
        String pos = t.pos();
        String w = lower(i);
        // "…, the Israeli military said.": the tagger reads a sentence-final "said" as a noun
        if (w.equals("said") && !posIs(i - 1, "DET"))
            return true;
        if (pos.equals("VERB") || pos.equals("AUX")) {
            boolean afterDeterminer = posIs(i - 1, "DET") || isPossessive(i - 1) || isPossessivePronoun(i - 1);
            boolean inflected = !w.equals(t.lemma()) || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s");
            // "and alleged Qods Force officer", "the destroyed buildings": a participle used as an adjective
            boolean adjectival = w.endsWith("ed") && (posIs(i + 1, "NOUN", "PROPN") || mention(i + 1) != null)
                    && (i == 0 || posIs(i - 1, "DET", "ADJ", "ADP") || isPossessive(i - 1)
                    || posIs(i - 1, "CCONJ") && !finiteVerbBefore(i - 1));
            if (adjectival)
                return false;
            if (inflected || afterDeterminer)
                return !afterDeterminer;
            // a bare form after an adjective or a singular name is a noun: "US attack on …"
            return !(posIs(i - 1, "ADJ") || posIs(i - 1, "PROPN") && !lower(i - 1).endsWith("s")
                    || headline && posIs(i - 1, "NOUN") && !lower(i - 1).endsWith("s"));
        }
        if (pos.equals("NOUN") || pos.equals("PROPN")) {
            if (i == headlineVerb)
                return true;
            // "an operation to attack Islamic State militants": the tagger's noun is a verb here
            return is(i - 1, "to") && mention(i) == null && (posIs(i + 1, "DET", "PROPN", "ADJ", "NUM", "NOUN")
                    || mention(i + 1) != null) && w.equals(t.lemma()) && !posIs(i - 2, "DET", "ADJ");
        }
        if (pos.equals("ADJ") && w.endsWith("ed") && posIs(i - 1, "AUX", "ADV"))
            return true;
        // "Kuki fighters overran an army post": the tagger does not know every irregular past
        // form; between a subject and an object it is the verb
        return WordForms.irregularPast(w) && (posIs(i - 1, "NOUN", "PROPN", "PRON") || mention(i - 1) != null)
                && (posIs(i + 1, "DET", "NUM", "PROPN", "ADJ") || mention(i + 1) != null || isPossessivePronoun(i + 1));
    }

    /** "X denied the claim and accused Y": a conjunction after a finite verb joins predicates. */
    private boolean finiteVerbBefore(int i) {
        for (int j = 0; j < i; j++)
            if (posIs(j, "VERB") && !lower(j).endsWith("ing") && !posIs(j - 1, "DET", "ADJ"))
                return true;
        return false;
    }

    /** Whether a verb is passive: "was killed", "have been hit", "the car targeted by …". */
    boolean passive(int v) {
        String w = lower(v);
        if (w.endsWith("ing"))
            return false;
        int j = v - 1;
        while (valid(j) && (posIs(j, "ADV") || is(j, "not", "n't")))
            j--;
        if (valid(j) && (lemma(j).equals("be") || lemma(j).equals("get")) && posIs(j, "AUX", "VERB"))
            return true;
        // reduced relative: a participle right after its noun, with its agent in a by-phrase
        return posIs(v - 1, "NOUN", "PROPN") && is(v + 1, "by") && !w.equals(lemma(v));
    }

    boolean negated(int v) {
        // "refuses to acknowledge", "failed to condemn"
        if (is(v - 1, "to") && valid(v - 2) && lemma(v - 2).matches("refuse|fail|decline|hesitate|reluctant|unwilling"))
            return true;
        for (int j = v - 1; j >= Math.max(0, v - 3); j--) {
            if (is(j, NEGATIONS.toArray(String[]::new)))
                return true;
            if (!posIs(j, "AUX", "ADV", "PART"))
                break;
        }
        return false;
    }

    /** Noun-phrase material: what may stand inside a noun phrase. */
    boolean nominal(int i) {
        if (!valid(i))
            return false;
        if (mention(i) != null)
            return true;
        String pos = pos(i);
        if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM"))
            return !isRelativePronoun(i);
        if (isPossessive(i) || isPossessivePronoun(i))
            return true;
        if (is(i, "-") && attachedToPrevious(i) && valid(i + 1) && attachedToPrevious(i + 1))
            return true;
        if (pos.equals("VERB") && i > 0 && (is(i - 1, "-") && attachedToPrevious(i)
                || ADJECTIVAL_PARTICIPLES.contains(lower(i)) && posIs(i + 1, "NOUN", "PROPN", "ADJ")))
            return true;
        if (pos.equals("PUNCT") && lower(i).endsWith("-") && lower(i).length() > 1)
            return true; // "pro-" before a name
        return false;
    }

    /** "-backed", "-linked", "-aligned" after a name: the name only qualifies the phrase's head. */
    boolean affiliationModifier(int i) {
        if (!valid(i))
            return false;
        String w = lower(i);
        if ((w.equals("-") || i > 0 && lower(i - 1).endsWith("-") && attachedToPrevious(i)) && valid(i + 1))
            w = w.equals("-") ? lower(i + 1) : w;
        else if (w.startsWith("-"))
            w = w.substring(1);
        else
            return false;
        return AFFILIATION.contains(w);
    }

    boolean pronoun(int i) {
        return posIs(i, "PRON") && is(i, "he", "she", "they", "it", "we", "i", "you");
    }

    @Override
    public String toString() {
        return sentence.text(document.text);
    }
}
