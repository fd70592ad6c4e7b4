package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * What a word that is not itself an actor's name stands for: a capital for its state
 * ("Baghdad condemned"), a demonym for a country the document names ("Israeli strikes"), a
 * pronoun for an actor named before it ("He urged both sides", "its forces detained").
 */
final class Actors {
    /** How many sentences back a pronoun looks for its actor when its own sentence names none. */
    private static final int SENTENCES_BACK = 2;

    private final Lexicon lexicon;

    Actors(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A capital speaking or acting stands for its state: its government if named, else the country. */
    Entity speakerFor(DocumentView doc, ResolvedMention m) {
        String country = lexicon.capitals.get(m.mention().text());
        if (country == null || m.entity().type() != EntityType.CITY)
            return m.entity();
        return doc.government(country).or(() -> doc.country(country)).orElse(m.entity());
    }

    /** A country adjective or plural ("Israeli", "Iraqis") standing for a country the document names. */
    Optional<Entity> demonym(SentenceView s, int k) {
        if (!s.valid(k) || s.mention(k) != null)
            return Optional.empty();
        String w = s.token(k).text();
        String country = lexicon.demonyms.get(w);
        if (country == null && w.endsWith("s"))
            country = lexicon.demonyms.get(w.substring(0, w.length() - 1));
        return country == null ? Optional.empty() : s.document.country(country);
    }

    /**
     * A pronoun (or possessive pronoun) standing for an actor: the subject of the verb that
     * reports it ("KH announced that they would …"), else the nearest earlier actor of its
     * sentence, else, for a pronoun that opens its clause, the first fitting actor of the
     * sentences just before ("… said Hassan, the UN envoy. He urged both sides …").
     */
    Optional<Entity> pronoun(SentenceView s, int p, boolean lookBack) {
        if (!s.is(p, "he", "she", "it", "they", "his", "her", "its", "their"))
            return Optional.empty(); // "we", "our": the speaker, whom a quotation's attribution names
        boolean person = s.is(p, "he", "she", "his", "her");
        Optional<Entity> here = inSentence(s, p, person);
        if (here.isPresent() || !lookBack || !opensClause(s, p))
            return here;
        List<SentenceView> sentences = s.article.sentences;
        for (int i = s.index - 1; i >= Math.max(0, s.index - SENTENCES_BACK); i--) {
            SentenceView before = sentences.get(i);
            if (before.headline)
                break;
            Optional<Entity> e = firstActor(before, person);
            if (e.isPresent())
                return e;
        }
        return Optional.empty();
    }

    /**
     * Only a pronoun that opens its sentence ("He urged", "On Monday, it called") may look back
     * across sentences: one after a verb or a noun may stand for a thing the sentence names.
     */
    private static boolean opensClause(SentenceView s, int p) {
        for (int k = 0; k < p; k++)
            if (s.mention(k) != null || s.posIs(k, "VERB", "AUX", "PRON")
                    || s.posIs(k, "NOUN", "PROPN") && !Phrases.isDateWord(s, k))
                return false;
        return true;
    }

    private Optional<Entity> firstActor(SentenceView s, boolean person) {
        for (int k = 0; k < s.size(); k++) {
            ResolvedMention m = s.mention(k);
            if (m == null)
                continue;
            Entity e = speakerFor(s.document, m);
            if (e.type().isActor() && person == (e.type() == EntityType.PERSON))
                return Optional.of(e);
        }
        return Optional.empty();
    }

    private Optional<Entity> inSentence(SentenceView s, int p, boolean person) {
        int k = p - 1;
        if (s.is(k, "that"))
            k--;
        if (s.valid(k) && s.verbal(k) && s.posIs(k, "VERB")) {
            Phrases.NounPhrase reporter = Phrases.firstNounPhrase(s, Phrases.subjectRegion(s, k));
            for (ResolvedMention m : reporter.heads()) {
                EntityType t = m.entity().type();
                if (t.isActor() && person == (t == EntityType.PERSON))
                    return Optional.of(speakerFor(s.document, m));
            }
        }
        // an actor named in a prepositional phrase ("a statement posted on Telegram") is rarely
        // what "it" stands for: such actors are taken only when no other one comes before
        Optional<Entity> inPhrase = Optional.empty();
        for (int j = p - 1; j >= 0; j--) {
            ResolvedMention m = s.mention(j);
            if (m == null)
                continue;
            EntityType t = m.entity().type();
            if (!t.isActor() || person != (t == EntityType.PERSON))
                continue;
            int first = j;
            while (first > 0 && s.mention(first - 1) == m)
                first--;
            if (first > 0 && s.posIs(first - 1, "ADP")) {
                if (inPhrase.isEmpty())
                    inPhrase = Optional.of(m.entity());
                j = first;
                continue;
            }
            return Optional.of(m.entity());
        }
        return inPhrase;
    }
}
