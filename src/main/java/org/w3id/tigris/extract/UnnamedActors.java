package org.w3id.tigris.extract;

/**
 * Whether an event verb's subject is an actor the text writes but no gazetteer names: "Local
 * deputies protested", "The ruling MPS rejected this", "Air force helicopters struck boats".
 * Far from the seeds' region most actors are such phrases or names the recognizer does not know,
 * and an event verb the news uses with few other senses, told by a subject of its own, states the
 * event though its actor goes unnamed. Weak words, nouns, headlines and quoted speech still need
 * a named participant. Stateless.
 */
final class UnnamedActors {
    /** Words this reliable report their event in most uses ("protest", "reject", "blame"). */
    private static final double STRONG = 0.7;

    private UnnamedActors() {
    }

    static boolean actedBy(EventDraft d) {
        SentenceView s = d.sentence;
        int v = d.triggerFrom;
        if (!d.verbal || d.trigger.reliability() < STRONG || s.headline || s.quoted(v) || s.passive(d.triggerTo - 1)
                || s.lower(v).endsWith("ing"))
            return false;
        Phrases.NounPhrase subject = Phrases.firstNounPhrase(s, Phrases.subjectRegion(s, v));
        if (subject.isEmpty())
            return false;
        int head = subject.last();
        // a common noun or an unknown name heads it: not a pronoun, a number or a date ("Sunday saw …")
        return s.posIs(head, "NOUN", "PROPN") && s.mention(head) == null && !Phrases.isDateWord(s, head)
                && subject.span().to() <= v;
    }
}
