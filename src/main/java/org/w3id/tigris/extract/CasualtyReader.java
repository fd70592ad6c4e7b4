package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.w3id.tigris.time.DateMention;

/**
 * Reads casualty counts in a sentence: "killed three", "killing eight members of …",
 * "kills a commander and two others" (3), "16 members … were killed", "at least one soldier
 * was killed and 18 others were wounded", "the death of three service members".
 * A plural without a number ("killed civilians") gives no count.
 */
final class CasualtyReader {
    /** One count, read next to the casualty word at token {@code at}. */
    record Count(int at, Lexicon.Casualty kind, int value) {
    }

    private static final int MAX_COUNT = 100_000;

    private final Lexicon lexicon;

    CasualtyReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Count> read(SentenceView s, List<DateMention> dates) {
        List<Count> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.mention(i) != null)
                continue;
            var match = lexicon.casualties.matchAt(s.tokens, i);
            if (match.isEmpty())
                continue;
            Lexicon.Casualty kind = match.get().value();
            OptionalInt n = count(s, i, dates);
            if (n.isPresent() && n.getAsInt() > 0)
                out.add(new Count(i, kind, n.getAsInt()));
        }
        return out;
    }

    private OptionalInt count(SentenceView s, int c, List<DateMention> dates) {
        boolean verbal = s.verbal(c) || s.posIs(c, "VERB", "ADJ") && s.lower(c).endsWith("ed");
        if (s.negated(c))
            return OptionalInt.empty();
        if (s.is(c + 1, "of"))
            return conjunctCount(s, c + 2, dates);
        if (verbal && !s.lower(c).endsWith("ed") || verbal && !s.passive(c) && !s.posIs(c, "ADJ") && s.nominal(c + 1))
            return conjunctCount(s, c + 1, dates);
        // "three dead", "20 deaths", "16 members … were killed", "the three people killed"
        return numberBefore(s, c, dates);
    }

    /** The count of the coordinated noun phrases from {@code i}: "a commander … and two others" is 3. */
    private OptionalInt conjunctCount(SentenceView s, int i, List<DateMention> dates) {
        int total = 0;
        boolean known = false;
        while (s.valid(i)) {
            i = skipApproximation(s, i);
            if (!s.valid(i))
                break;
            OptionalInt n = number(s, i, dates);
            if (n.isPresent()) {
                total += n.getAsInt();
                known = true;
            } else if (s.is(i, "a", "an", "one") || singularHead(s, i)) {
                total += 1;
                known = true;
            } else {
                return OptionalInt.empty();
            }
            int j = i;
            while (s.valid(j) && (s.nominal(j) || s.is(j, "of") && s.nominal(j + 1) && !s.posIs(j + 1, "NUM")))
                j++;
            boolean andMore = s.is(j, "and") && (s.posIs(j + 1, "NUM", "DET", "ADJ") && s.mention(j + 1) == null);
            boolean listMore = s.isComma(j) && number(s, j + 1, dates).isPresent();
            if (s.valid(j + 1) && (andMore || listMore || s.is(j, "and") && number(s, j + 1, dates).isPresent())) {
                i = j + 1;
                continue;
            }
            break;
        }
        return known ? OptionalInt.of(total) : OptionalInt.empty();
    }

    private static int skipApproximation(SentenceView s, int i) {
        if (s.is(i, "at") && s.is(i + 1, "least"))
            return i + 2;
        if ((s.is(i, "more", "fewer", "less") && s.is(i + 1, "than")) || s.is(i, "up") && s.is(i + 1, "to"))
            return i + 2;
        if (s.is(i, "over", "some", "about", "around", "nearly", "almost", "roughly", "approximately", "another"))
            return i + 1;
        return i;
    }

    /** A singular noun phrase without a number: "senior commander of …" counts one. */
    private static boolean singularHead(SentenceView s, int i) {
        int j = i;
        while (s.valid(j) && s.nominal(j) && !s.posIs(j, "NUM"))
            j++;
        int head = j - 1;
        if (head < i || !s.posIs(head, "NOUN"))
            return false;
        String w = s.lower(head);
        return w.equals(s.lemma(head)) && !w.endsWith("s") && !s.is(head, "people", "personnel", "police", "staff");
    }

    private OptionalInt numberBefore(SentenceView s, int c, List<DateMention> dates) {
        for (int k = c - 1; k >= Math.max(0, c - 10); k--) {
            if (s.is(k, "and", ";") || s.isComma(k) && k < c - 1)
                break;
            OptionalInt n = number(s, k, dates);
            if (n.isPresent())
                return n;
            if (s.posIs(k, "VERB") && !s.nominal(k) && k < c - 1)
                break;
        }
        return OptionalInt.empty();
    }

    private OptionalInt number(SentenceView s, int i, List<DateMention> dates) {
        if (!s.valid(i) || !(s.posIs(i, "NUM") || lexicon.numbers.isNumber(s.lower(i))))
            return OptionalInt.empty();
        int offset = s.begin(i);
        if (dates.stream().anyMatch(d -> offset >= d.begin() && offset < d.end()))
            return OptionalInt.empty();
        if (s.is(i + 1, "%", "percent") || s.is(i - 1, "$", "€", "£"))
            return OptionalInt.empty();
        OptionalInt n = lexicon.numbers.parse(s.token(i).text());
        if (n.isPresent() && n.getAsInt() <= MAX_COUNT)
            return n;
        return OptionalInt.empty();
    }
}
