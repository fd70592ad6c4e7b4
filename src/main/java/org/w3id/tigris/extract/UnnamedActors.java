package org.w3id.tigris.extract;

/**
 * Whether an event verb's subject is an actor the text writes but no gazetteer names: "Local
 * deputies protested", "The ruling MPS rejected this", "Air force helicopters struck boats".
 * Far from the seeds' region most actors are such phrases or names the recognizer does not know,
 * and an event verb the news uses with few other senses, told by a subject of its own, states the
 * event though its actor goes unnamed; so does a strong noun a light verb governs ("The district
 * administration imposed an indefinite curfew"), and a pronoun no earlier actor resolves stands
 * for such an actor too. Weak words, headlines and quoted speech still need a named participant.
 * Stateless.
 */
final class UnnamedActors {
    /** Words this reliable report their event in most uses ("protest", "reject", "blame"). */
    private static final double STRONG = 0.7;
    /** A noun a light verb governs is an act already ("ordered reinforcements"): a little less will do. */
    private static final double STRONG_GOVERNED = 0.6;

    private UnnamedActors() {
    }

    static boolean actedBy(EventDraft d) {
        SentenceView s = d.sentence;
        // a verb's own subject, or the subject of the light verb that governs a noun ("imposed a curfew")
        int v = d.verbal ? d.triggerTo - 1 : d.governor;
        if (v < 0 || d.trigger.reliability() < (d.verbal ? STRONG : STRONG_GOVERNED) || s.headline || s.quoted(v) || s.passive(v)
                || s.lower(v).endsWith("ing"))
            return false;
        int verb = d.verbal ? d.triggerFrom : v;
        Phrases.NounPhrase subject = Phrases.firstNounPhrase(s, Phrases.subjectRegion(s, verb));
        if (subject.isEmpty() || subject.span().to() > verb)
            return false;
        int head = subject.last();
        // "They rejected the accusation", "He ordered reinforcements": an actor told before, if not named
        if (s.pronoun(head))
            return s.is(head, "he", "she", "they", "it");
        // a common noun or an unknown name heads it: not a number or a date ("Sunday saw …")
        return s.posIs(head, "NOUN", "PROPN") && s.mention(head) == null && !Phrases.isDateWord(s, head);
    }
}
