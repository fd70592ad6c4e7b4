package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;
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
            "member", "element");

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

    /** "Lawmakers from the Taqaddum party", "fighters of the group": people acting for the body named after them. */
    Optional<Entity> memberOf(SentenceView s, Phrases.NounPhrase np) {
        if (np.isEmpty() || !s.is(np.span().to(), "of", "from"))
            return Optional.empty();
        String head = s.lemma(np.last());
        if (!MEMBER_NOUNS.contains(head) && !"person".equals(lexicon.speakers.get(head)))
            return Optional.empty();
        Phrases.NounPhrase body = Phrases.nounPhraseFrom(s, np.span().to() + 1, s.size());
        return body.heads().stream().map(m -> actors.speakerFor(s.document, m))
                .filter(e -> e.type().isActor() && e.type() != EntityType.PERSON).findFirst();
    }

    /** "an Iraqi armed group", "Syrian rebels": the demonym tells where they are from, not that the state acts. */
    static boolean nonStateHead(SentenceView s, Phrases.NounPhrase np) {
        return !np.isEmpty() && NON_STATE_NOUNS.contains(s.lemma(np.last()));
    }
}
