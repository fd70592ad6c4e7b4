package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the words of a sentence that state events: the trigger table's words where their
 * use (verb or noun) fits, and a launching verb whose object is a weapon ("launched 180
 * ballistic missiles at Israel", "launched drones at a vital target"), which states an attack
 * though no attack word is written, and a sending verb whose object is a force ({@link Dispatches}).
 */
final class TriggerFinder {
    /** Launching a weapon is an attack, less surely than an attack word says so. */
    private static final double LAUNCH_RELIABILITY = 0.75;

    private final Lexicon lexicon;

    TriggerFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** New drafts, in text order, one per trigger. */
    List<EventDraft> find(SentenceView s) {
        List<EventDraft> drafts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.mention(i) != null || s.lower(i).startsWith("anti-")
                    || s.attachedToPrevious(i) && s.valid(i - 1) && s.lower(i - 1).endsWith("-")
                    || s.is(i - 1, "(") && s.is(i + 1, ")"))
                continue; // names, "Iran-backed", "anti-war", "(Supplied)"
            int at = i;
            Optional<EventDraft> d = tableTrigger(s, at).or(() -> weaponLaunch(s, at)).or(() -> Dispatches.at(s, at));
            if (d.isPresent()) {
                drafts.add(d.get());
                i = d.get().triggerTo - 1;
            }
        }
        List<EventDraft> dispatches = List.copyOf(drafts);
        drafts.removeIf(d -> dispatches.stream().anyMatch(x -> Dispatches.sentIn(x, d)));
        return drafts;
    }

    private Optional<EventDraft> tableTrigger(SentenceView s, int i) {
        for (PhraseTable.Match<Trigger> m : lexicon.triggers.matchesAt(s.tokens, i)) {
            int head = m.value().use() == Trigger.Use.NOUN ? m.end() - 1 : m.start();
            boolean verbal = s.verbal(head);
            if (!m.value().use().allows(verbal))
                continue;
            if (verbal && s.negated(m.start()))
                return Optional.empty();
            if (!verbal && compoundModifier(s, m.end()))
                return Optional.empty(); // "an operations center", "attack drones": the noun only qualifies another
            return Optional.of(new EventDraft(m.value(), s, m.start(), m.end(), verbal));
        }
        return Optional.empty();
    }

    /** "Iran launched around 180 ballistic missiles at Israel": an agent's light verb whose object is a weapon. */
    private Optional<EventDraft> weaponLaunch(SentenceView s, int i) {
        if (!s.posIs(i, "VERB") || !s.verbal(i) || s.negated(i))
            return Optional.empty();
        Optional<PhraseTable.Match<Lexicon.Role>> light = lexicon.lightVerbs.matchAt(s.tokens, i);
        if (light.isEmpty() || light.get().value() != Lexicon.Role.AGENT || light.get().end() != i + 1)
            return Optional.empty();
        int from = i + 1;
        while (s.is(from, "around", "about", "nearly", "almost", "roughly", "approximately", "some", "over", "more",
                "than", "at", "least", "up", "to"))
            from++; // "launched around 180 missiles", "fired more than 20 rockets"
        Phrases.NounPhrase object = Phrases.object(s, from);
        if (object.isEmpty())
            return Optional.empty();
        int last = object.last();
        if (object.span().to() > from && s.mention(last) != null)
            return Optional.empty(); // "launched the Shahed-136 programme": a name, not a weapon word
        for (int k = object.span().from(); k <= last; k++) {
            Optional<PhraseTable.Match<String>> mode = lexicon.modes.matchAt(s.tokens, k);
            if (mode.isPresent() && mode.get().end() == last + 1) {
                Trigger t = new Trigger(s.lemma(i), Trigger.Use.VERB, EventType.ASSAULT, Optional.of(mode.get().value()),
                        LAUNCH_RELIABILITY);
                return Optional.of(new EventDraft(t, s, i, i + 1, true));
            }
        }
        return Optional.empty();
    }

    private static boolean compoundModifier(SentenceView s, int next) {
        if (s.is(next - 2, "to"))
            return false; // "to protest chronic shortages": a verb the tagger took for a noun
        return s.posIs(next, "NOUN") && s.mention(next) == null && !Phrases.isDateWord(s, next)
                && !s.is(next, "campaign", "campaigns", "wave", "waves", "series", "spree", "overnight", "yesterday",
                "today", "tonight", "last", "this", "south", "north", "east", "west", "southeast", "southwest",
                "northeast", "northwest", "inside", "outside", "near");
    }
}
