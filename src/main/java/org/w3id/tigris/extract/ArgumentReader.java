package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * Finds an event's agent, target, place and mode in its own sentence. Roles follow from
 * where a mention stands (the subject before an active verb, a by-phrase after a passive
 * one, a premodifier or possessor of an event noun, on/against/targeting phrases, in/near/at
 * phrases) and from the entity's type: actors can be agents and targets, locations are
 * places and targets.
 */
final class ArgumentReader {
    private final Lexicon lexicon;
    private final Actors actors;
    private final PhraseActors phraseActors;

    ArgumentReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.actors = new Actors(lexicon);
        this.phraseActors = new PhraseActors(lexicon, actors);
    }

    void read(EventDraft d) {
        SentenceView s = d.sentence;
        int head = d.triggerTo - 1;
        if (d.verbal)
            readVerb(d, s, head);
        else
            readNoun(d, s, head);
        d.targets.removeAll(d.agents);
    }

    private void readVerb(EventDraft d, SentenceView s, int v) {
        Phrases.Span region = Phrases.subjectRegion(s, d.triggerFrom);
        if (region.isEmpty())
            region = Phrases.leadingClauseSubject(s, d.triggerFrom).orElse(region);
        Phrases.NounPhrase subject = Phrases.firstNounPhrase(s, region);
        boolean passive = s.passive(v);
        if (passive) {
            addAll(d, subject, Role.TARGET);
            d.cover(subject.span());
            // "US bases in Iraq and Syria have been hit": the subject's own in-phrases give the place
            for (PrepPhrases.PrepPhrase pp : PrepPhrases.after(s, subject.span().to() - 1, 8))
                if (pp.object().span().to() <= d.triggerFrom
                        && (PlaceNouns.isPlacePreposition(pp.preposition()) || PlaceNouns.ofPlace(s, pp)))
                    places(d, pp.object());
        } else if (s.lower(v).endsWith("ing") && s.posIs(d.triggerFrom - 1, "NOUN", "PROPN") && s.mention(d.triggerFrom - 1) == null
                || s.lower(v).endsWith("ing") && s.mention(d.triggerFrom - 1) != null && !s.isComma(d.triggerFrom - 1)) {
            // "a delegation of Israeli officials visiting Washington": the noun before acts
            Phrases.NounPhrase actor = Phrases.nounPhraseEndingAt(s, d.triggerFrom - 1);
            List<Entity> agents = phraseActors.actors(s, actor);
            agents.forEach(e -> d.agents.add(e.id()));
            if (!agents.isEmpty())
                d.cover(actor.span());
        } else {
            List<Entity> agents = phraseActors.actors(s, subject);
            int first = subject.span().from();
            // "He urged …", "its forces detained …": the actor the pronoun stands for (a weak word,
            // which needs a participant to count at all, takes none from another sentence)
            if (agents.isEmpty() && (subject.span().to() - first == 1 && s.pronoun(first)
                    || !subject.isEmpty() && s.isPossessivePronoun(first) && subject.heads().isEmpty()))
                actors.pronoun(s, first, !d.trigger.needsParticipant()).ifPresent(agents::add);
            agents.forEach(e -> d.agents.add(e.id()));
            if (!agents.isEmpty())
                d.cover(subject.span());
            modeIn(d, s, subject.span());
        }
        Phrases.NounPhrase object = Phrases.object(s, d.triggerTo);
        if (!object.isEmpty()) {
            addAll(d, object, passive ? Role.AGENT : Role.TARGET);
            modeIn(d, s, object.span());
            if (!object.heads().isEmpty())
                d.cover(object.span());
        }
        int after = object.isEmpty() ? v : object.last();
        prepositions(d, s, after);
        if (passive && d.agents.isEmpty())
            laterByPhrase(d, s, after);
    }

    /**
     * "was attacked with drones, mortars and rifle fire on Sunday, 8 November, by members of X":
     * a passive verb's by-phrase after a list and a date, further than the phrases read above
     * reach, still names who acted; the search ends with the clause.
     */
    private void laterByPhrase(EventDraft d, SentenceView s, int after) {
        for (int k = after + 1; k < Math.min(s.size(), after + 1 + MAX_BY_DISTANCE); k++) {
            // another verb ends the clause ("and the town was retaken by …"), not a noun read as
            // one ("rifle fire"); a parenthesis or quotation in a list does not
            if (s.is(k, ";", ":", "—", "–", "that", "which", "who", "when", "while", "after", "before", "because")
                    || s.posIs(k, "AUX") || s.posIs(k, "VERB") && !s.posIs(k + 1, "NOUN"))
                return;
            if (s.is(k, "by") && s.mention(k) == null && s.valid(k + 1) && s.nominal(k + 1)) {
                Phrases.NounPhrase np = Phrases.nounPhraseFrom(s, k + 1, s.size());
                if (addAll(d, np, Role.AGENT))
                    d.cover(np.span());
                return;
            }
        }
    }

    private static final int MAX_BY_DISTANCE = 30;

    private void readNoun(EventDraft d, SentenceView s, int n) {
        // premodifiers and possessors: "US drone strike", "Israel's bombardment", "anti-ISIS airstrikes"
        int i = d.triggerFrom - 1;
        while (s.valid(i) && (s.nominal(i) && !s.posIs(i, "DET") || s.is(i, "-")
                || lexicon.modes.matchAt(s.tokens, i).isPresent()))
            i--;
        int npFrom = i + 1;
        if (s.posIs(i, "DET"))
            d.anaphoric = d.anaphoric || s.is(i, "the", "this", "these", "those", "that", "such");
        if (s.isPossessivePronoun(i))
            d.anaphoric = true;
        d.aggregate = aggregate(s, npFrom, d.triggerTo - 1);
        Phrases.Span premod = new Phrases.Span(npFrom, d.triggerFrom);
        for (int k = premod.from(); k < premod.to(); k++) {
            ResolvedMention m = s.mention(k);
            if (m != null) {
                Entity e = m.entity();
                boolean anti = s.token(k).text().toLowerCase().startsWith("anti")
                        || s.valid(k - 1) && s.lower(k - 1).startsWith("anti");
                if (anti)
                    d.targets.add(e.id());
                else if (e.type().isActor())
                    d.agents.add(e.id());
                else
                    d.offerPlace(e);
                while (k + 1 < premod.to() && s.mention(k + 1) == m)
                    k++;
                continue;
            }
            demonym(s, k).ifPresent(e -> d.agents.add(e.id()));
        }
        modeIn(d, s, premod);
        if (d.hasParticipant() || d.place != null)
            d.cover(premod);
        lightVerb(d, s, npFrom);
        if (d.agents.isEmpty()) {
            // "While meeting with X, Sudani said …": the main clause's subject
            Phrases.leadingClauseSubject(s, npFrom).ifPresent(region -> {
                Phrases.NounPhrase subject = Phrases.firstNounPhrase(s, region);
                phraseActors.actors(s, subject).forEach(e -> d.agents.add(e.id()));
            });
        }
        prepositions(d, s, n);
    }

    /** A plural event noun counted or quantified: "dozens of air strikes", "over 150 attacks", "a series of raids". */
    private static boolean aggregate(SentenceView s, int npFrom, int head) {
        String w = s.lower(head);
        if (!w.endsWith("s") || w.endsWith("ss"))
            return false;
        for (int k = npFrom; k < head; k++)
            if (s.posIs(k, "NUM") || s.is(k, "several", "multiple", "numerous", "many", "dozens", "hundreds", "scores"))
                return true;
        int k = npFrom - 1;
        if (!s.is(k, "of"))
            return s.valid(k) && (s.posIs(k, "NUM") || s.is(k, "than", "over"));
        k--;
        while (s.valid(k) && s.posIs(k, "ADJ"))
            k--;
        return s.is(k, "dozens", "hundreds", "scores", "series", "sets", "waves", "rounds", "string", "spate", "number");
    }

    /** "Iran launched attacks on …": the subject of a light verb takes part in the event noun. */
    private void lightVerb(EventDraft d, SentenceView s, int npFrom) {
        int k = npFrom - 1;
        while (s.valid(k) && (s.is(k, "the", "a", "an", "of", "first", "new", "fresh", "round", "rounds", "series",
                "wave", "waves", "set", "sets", "number", "several", "multiple", "more", "further", "separate",
                "dozens", "hundreds", "scores", "string", "spate", "couple", "than", "over")
                || s.isPossessivePronoun(k) // "stepped up its operations", "renewed his call"
                || s.posIs(k, "NUM", "ADJ") && !s.lower(k).endsWith("ed") && !s.lower(k).endsWith("en")))
            k--;
        int start = k;
        while (s.valid(start) && s.is(start, "out", "up", "down", "under") && s.posIs(start, "ADP", "ADV", "PART"))
            start--;
        if (!s.valid(start) || !(s.verbal(start) || s.posIs(start, "ADJ") && s.posIs(start - 1, "AUX", "ADV")))
            return;
        for (int from = start; from >= Math.max(0, start - 1); from--) {
            Optional<PhraseTable.Match<Lexicon.Role>> m = lexicon.lightVerbs.matchAt(s.tokens, from);
            if (m.isEmpty() || m.get().end() <= start)
                continue;
            d.governor = from;
            Phrases.NounPhrase subject = Phrases.firstNounPhrase(s, Phrases.subjectRegion(s, from));
            List<Entity> actors = phraseActors.actors(s, subject);
            if (m.get().value() == Lexicon.Role.AGENT && d.agents.isEmpty())
                actors.forEach(e -> d.agents.add(e.id()));
            else if (m.get().value() == Lexicon.Role.TARGET)
                for (ResolvedMention rm : subject.heads())
                    d.targets.add(rm.entity().id());
            if (!actors.isEmpty() || !subject.heads().isEmpty())
                d.cover(subject.span());
            return;
        }
    }

    private enum Role { AGENT, TARGET, PLACE, NONE }

    private void prepositions(EventDraft d, SentenceView s, int after) {
        for (PrepPhrases.PrepPhrase pp : PrepPhrases.after(s, after, 16)) {
            if (namesOtherEvent(s, pp.object(), d))
                break; // "blamed militias for 70 attacks on American forces": the rest belongs to the attacks
            String p = pp.parent() != null ? pp.parent() : pp.preposition();
            Role role = role(d, p, pp.parent() != null);
            if (role == Role.NONE && !PlaceNouns.ofPlace(s, pp))
                continue;
            boolean used = false;
            if (PlaceNouns.ofPlace(s, pp)) {
                used = places(d, pp.object()); // "against the town of Nyanzale"
            } else if (role == Role.PLACE) {
                used = places(d, pp.object());
            } else {
                used = addAll(d, pp.object(), role);
            }
            if (p.equals("with") || p.equals("by"))
                modeIn(d, s, pp.object().span());
            if (used)
                d.cover(pp.object().span());
        }
    }

    private boolean namesOtherEvent(SentenceView s, Phrases.NounPhrase np, EventDraft d) {
        for (int k = np.span().from(); k < np.span().to(); k++)
            if (k != d.triggerFrom && s.mention(k) == null && lexicon.triggers.matchAt(s.tokens, k,
                    t -> t.use() != Trigger.Use.VERB && t.reliability() >= 0.5).isPresent())
                return true;
        return false;
    }

    private Role role(EventDraft d, String p, boolean chained) {
        EventType t = d.type;
        return switch (p) {
            case "by" -> Role.AGENT;
            case "from" -> t == EventType.RETREAT ? Role.PLACE : Role.AGENT;
            case "on", "against", "targeting", "upon" -> Role.TARGET;
            case "of" -> chained ? Role.NONE
                    : t == EventType.RETREAT || t == EventType.MOBILIZE ? Role.AGENT
                    : d.verbal ? Role.NONE : Role.TARGET;
            // an agreement binds its parties alike: "a deal reached with X", "an agreement between X and Y"
            case "with" -> t == EventType.AGREE ? Role.AGENT
                    : t == EventType.CONSULT || t == EventType.COOPERATE
                    || t == EventType.ASSAULT && !d.verbal ? Role.TARGET : Role.NONE;
            case "between" -> t == EventType.AGREE || t == EventType.CONSULT || t == EventType.COOPERATE
                    || t == EventType.ASSAULT ? Role.AGENT : Role.NONE;
            case "to" -> t == EventType.AID || t == EventType.SUPPORT ? Role.TARGET
                    : t == EventType.MOBILIZE || t == EventType.RETREAT ? Role.PLACE : Role.NONE;
            case "for" -> t == EventType.SUPPORT || t == EventType.AID ? Role.TARGET : Role.NONE;
            case "in", "near", "at", "inside", "outside", "across", "around", "into", "within", "throughout" -> Role.PLACE;
            default -> Role.NONE;
        };
    }

    /** Adds the phrase's head mentions (or, lacking those, its possessors and demonyms) in a role. */
    private boolean addAll(EventDraft d, Phrases.NounPhrase np, Role role) {
        List<ResolvedMention> ms = np.heads().isEmpty() ? np.possessors() : np.heads();
        boolean used = false;
        for (ResolvedMention m : ms) {
            Entity e = m.entity();
            if (role == Role.AGENT)
                e = speakerFor(d.sentence.document, m);
            if (role == Role.AGENT && e.type().isActor()) {
                d.agents.add(e.id());
                used = true;
            } else if (role == Role.AGENT && e.type().isLocation()) {
                d.offerPlace(e); // "an ambush between Anefis and Kidal": towns are where, not who
                used = true;
            } else if (role == Role.TARGET) {
                d.targets.add(e.id());
                if (e.type().isLocation() && !e.type().isActor() && d.type == EventType.ASSAULT && !Vessels.named(d.sentence, m))
                    d.offerPlace(e);
                used = true;
            }
        }
        // "by members of the X front", "by elements of X": the body they belong to
        if (ms.isEmpty() && role == Role.AGENT)
            used |= phraseActors.memberOf(d.sentence, np).map(e -> d.agents.add(e.id())).orElse(false);
        boolean placeHead = !np.isEmpty() && PlaceNouns.contains(d.sentence.lemma(np.last()));
        if (ms.isEmpty() && role != Role.PLACE && !placeHead && !PhraseActors.nonStateHead(d.sentence, np)) {
            for (int k = np.span().from(); k < np.span().to(); k++) {
                Optional<Entity> c = demonym(d.sentence, k);
                if (c.isPresent()) {
                    (role == Role.AGENT ? d.agents : d.targets).add(c.get().id());
                    used = true;
                }
            }
        }
        return used;
    }

    private boolean places(EventDraft d, Phrases.NounPhrase np) {
        boolean used = false;
        for (ResolvedMention m : np.heads().isEmpty() ? np.possessors() : np.heads()) {
            if (m.entity().type().isLocation() && PlaceNouns.headsPlace(d.sentence, np, m)) {
                d.offerPlace(m.entity());
                used = true;
            }
        }
        // "on the Iraqi side", "from Iraqi soil": the country is the place
        if (np.heads().isEmpty() && !np.isEmpty() && PlaceNouns.contains(d.sentence.lemma(np.last())))
            for (int k = np.span().from(); k < np.span().to(); k++)
                demonym(d.sentence, k).ifPresent(d::offerPlace);
        // "in Beirut's Dahiye": the possessed place is the more specific
        for (ResolvedMention m : np.possessors())
            if (m.entity().type().isLocation() && d.place == null)
                d.offerPlace(m.entity());
        return used;
    }

    Entity speakerFor(DocumentView doc, ResolvedMention m) {
        return actors.speakerFor(doc, m);
    }

    Optional<Entity> demonym(SentenceView s, int k) {
        return actors.demonym(s, k);
    }

    private void modeIn(EventDraft d, SentenceView s, Phrases.Span span) {
        if (d.modeStated)
            return;
        for (int k = span.from(); k < span.to(); k++) {
            Optional<PhraseTable.Match<String>> m = lexicon.modes.matchAt(s.tokens, k);
            if (m.isPresent()) {
                d.mode = m.get().value();
                d.modeStated = true;
                return;
            }
        }
    }
}
