package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * The actors a noun phrase names as acting: its head names (a capital standing for its state),
 * else the countries of its demonyms ("Israeli strikes"), else the body its members belong to
 * ("fighters of the group").
 */
final class PhraseActors {
    private static final Set<String> NON_STATE_NOUNS = Set.of("group", "militia", "faction", "fighter", "militant",
            "gunman", "insurgent", "rebel", "jihadist", "cell", "tribe", "tribesman", "smuggler");
    private static final Set<String> MEMBER_NOUNS = Set.of("fighter", "troop", "soldier", "militant", "gunman",
            "supporter", "loyalist", "unit", "force", "personnel", "delegation", "team", "deputy", "legislator",
            "member", "element", "man", "combatant", "recruit");
    /** words that tie members to their body: "gunmen from X", "men belonging to X", "fighters loyal to X" */
    private static final List<List<String>> MEMBERSHIP = List.of(List.of("of"), List.of("from"),
            List.of("belonging", "to"), List.of("loyal", "to"), List.of("affiliated", "with"), List.of("affiliated", "to"),
            List.of("linked", "to"), List.of("allied", "to"), List.of("allied", "with"));

    private final Lexicon lexicon;
    private final Actors actors;

    PhraseActors(Lexicon lexicon, Actors actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    List<Entity> actors(SentenceView s, Phrases.NounPhrase np) {
        List<Entity> out = new ArrayList<>();
        List<ResolvedMention> ms = np.heads().isEmpty() ? np.possessors() : np.heads();
        for (ResolvedMention m : ms) {
            Entity e = actors.speakerFor(s.document, m);
            if (e.type().isActor() && !out.contains(e))
                out.add(e);
        }
        if (out.isEmpty() && !nonStateHead(s, np))
            for (int k = np.span().from(); k < np.span().to(); k++)
                actors.demonym(s, k).filter(e -> !out.contains(e)).ifPresent(out::add);
        if (out.isEmpty())
            memberOf(s, np).ifPresent(out::add);
        return out;
    }

    /**
     * "Lawmakers from the Taqaddum party", "fighters of the group", "armed men belonging to the
     * X federation": people acting for the body named after them.
     */
    Optional<Entity> memberOf(SentenceView s, Phrases.NounPhrase np) {
        if (np.isEmpty())
            return Optional.empty();
        int at = np.span().to();
        int member = np.last();
        // the tagger may take "loyal" or "affiliated" for the phrase's last word
        if (membershipWords(s, at) == 0 && member > np.span().from() && membershipWords(s, member) > 1) {
            at = member;
            member--;
        }
        int tie = membershipWords(s, at);
        if (tie == 0 || !memberNoun(s, member))
            return Optional.empty();
        Phrases.NounPhrase body = Phrases.nounPhraseFrom(s, at + tie, s.size());
        return body.heads().stream().map(m -> actors.speakerFor(s.document, m))
                .filter(e -> e.type().isActor() && e.type() != EntityType.PERSON).findFirst();
    }

    /** How many words at {@code at} tie a member noun to its body (0 when none do). */
    private static int membershipWords(SentenceView s, int at) {
        for (List<String> words : MEMBERSHIP) {
            boolean all = true;
            for (int w = 0; w < words.size() && all; w++)
                all = s.is(at + w, words.get(w));
            if (all)
                return words.size();
        }
        return 0;
    }

    /** A noun for people who act for a body; "gunmen", "men": a capital or a plural the lemmatizer left alone. */
    private boolean memberNoun(SentenceView s, int k) {
        String lemma = s.lemma(k).toLowerCase(Locale.ROOT);
        String word = s.lower(k);
        String singular = word.endsWith("men") ? word.substring(0, word.length() - 3) + "man"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return MEMBER_NOUNS.contains(lemma) || MEMBER_NOUNS.contains(singular)
                || "person".equals(lexicon.speakers.get(lemma));
    }

    /** "an Iraqi armed group", "Syrian rebels": the demonym tells where they are from, not that the state acts. */
    static boolean nonStateHead(SentenceView s, Phrases.NounPhrase np) {
        return !np.isEmpty() && NON_STATE_NOUNS.contains(s.lemma(np.last()));
    }
}
