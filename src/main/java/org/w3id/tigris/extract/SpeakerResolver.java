package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * Finds the entity that speaks in a reporting clause, from the words before the cue:
 * a named person first, in the phrase or its apposition ("Saad al-Muttalibi, a senior member
 * of the coalition, told Shafaq News" is al-Muttalibi, not the outlet; "Iraqi PM Sudani");
 * else the body the phrase names ("the US State Department's senior diplomat", "senior US
 * officials", "a source in the Islamic Resistance"); else what a pronoun, "the statement" or
 * "the news outlet" refers back to in the same article.
 */
final class SpeakerResolver {
    /** A claimant and whether it was named in the clause itself. */
    record Speaker(Optional<Entity> entity, boolean named, boolean firstPerson) {
        static Speaker none() {
            return new Speaker(Optional.empty(), false, false);
        }
    }

    /** How many characters either side of a person's name a title of theirs may stand. */
    private static final int TITLE_WINDOW = 40;
    private final Lexicon lexicon;
    private final ArgumentReader arguments;

    SpeakerResolver(Lexicon lexicon, ArgumentReader arguments) {
        this.lexicon = lexicon;
        this.arguments = arguments;
    }

    /**
     * The speaker of a region of words before (or after, when inverted) a cue.
     *
     * @param earlier claims already found in this article, latest last: what pronouns and
     *                "the statement" refer to
     */
    Speaker resolve(SentenceView s, Phrases.Span region, List<ClaimDraft> earlier) {
        Phrases.NounPhrase np = Phrases.firstNounPhrase(s, region);
        if (np.isEmpty())
            return Speaker.none();
        int first = np.span().from();
        if (np.span().to() - first == 1 && s.pronoun(first)) {
            if (s.is(first, "i", "we", "you"))
                return new Speaker(Optional.empty(), false, true);
            return new Speaker(pronoun(s, first, earlier), false, false);
        }
        List<ResolvedMention> heads = np.heads();
        Optional<Entity> person = heads.stream().map(ResolvedMention::entity)
                .filter(e -> e.type() == EntityType.PERSON).reduce((a, b) -> b);
        if (person.isPresent())
            return named(person.get());
        Optional<Entity> apposed = apposed(s, region, np, EntityType.PERSON::equals);
        if (apposed.isPresent())
            return named(apposed.get());
        if (heads.isEmpty()) {
            // "Pakistan's military media wing, Inter-Services Public Relations, said": the body the
            // apposition names speaks, not the possessor it belongs to
            Optional<Entity> body = apposed(s, region, np, t -> t.isActor() && !t.isLocation());
            if (body.isPresent())
                return named(body.get());
        }
        if (!heads.isEmpty()) {
            // "Iran and Iraq had announced": the first of coordinated speakers; else the head, last
            boolean coordinated = false;
            for (int k = np.span().from(); k < np.last(); k++)
                if (s.is(k, "and", "&"))
                    coordinated = true;
            ResolvedMention head = coordinated ? heads.get(0) : heads.get(heads.size() - 1);
            return named(arguments.speakerFor(s.document, head));
        }
        if (!np.possessors().isEmpty())
            return named(arguments.speakerFor(s.document, np.possessors().get(np.possessors().size() - 1)));
        // "Iranian officials", "the Iraqi government": the state speaks; "an Iranian news agency" does not
        String headRole = lexicon.speakers.get(s.lemma(np.last()));
        if (headRole != null && (headRole.equals("person") || headRole.equals("GovernmentBody") || headRole.equals("Country")))
            for (int k = np.span().from(); k < np.span().to(); k++) {
                Optional<Entity> c = arguments.demonym(s, k);
                if (c.isPresent())
                    return named(c.get());
            }
        String role = lexicon.speakers.get(s.lemma(np.last()));
        if (role == null)
            return Speaker.none();
        Optional<Entity> body = bodyAfter(s, np.span().to(), region.to());
        if (body.isPresent())
            return named(body.get());
        boolean definite = s.posIs(first, "DET") && s.is(first, "the", "this", "that", "these");
        if (role.equals("document")) {
            if (definite)
                return new Speaker(latest(earlier, null), false, false);
            return Speaker.none();
        }
        if (role.equals("person")) // "The Governor said": the governor the article named, else nobody in particular
            return definite ? new Speaker(titled(s, first, s.lemma(np.last())), false, false) : Speaker.none();
        if (definite) {
            EntityType type = EntityType.fromLocalName(role);
            // "the Government notes": the government the text named, not the army named since
            Optional<Entity> named = nearest(s, first, type, s.lemma(np.last()));
            return new Speaker(named.or(() -> nearest(s, first, type)), false, false);
        }
        return Speaker.none();
    }

    private static Speaker named(Entity e) {
        return new Speaker(Optional.of(e), true, false);
    }

    /**
     * "The leader of Ansarallah, Sayyed Abdulmalik Al-Houthi, …": the person (or, for "the RSF's
     * political alliance, Tasis, …", the body) set beside the title, of a type {@code fits} accepts.
     */
    private static Optional<Entity> apposed(SentenceView s, Phrases.Span region, Phrases.NounPhrase np,
                                            java.util.function.Predicate<EntityType> fits) {
        int k = np.span().to();
        while (k < region.to() && !s.isComma(k))
            k++;
        if (k >= region.to())
            return Optional.empty();
        Phrases.NounPhrase next = Phrases.nounPhraseFrom(s, k + 1, region.to());
        return next.heads().stream().map(ResolvedMention::entity).filter(e -> fits.test(e.type())).findFirst();
    }

    /** "a spokesman for the army", "a source in the Islamic Resistance": the body in the phrase after the title. */
    private static Optional<Entity> bodyAfter(SentenceView s, int at, int limit) {
        if (!s.is(at, "of", "for", "from", "in", "at", "within", "with") || at + 1 >= limit)
            return Optional.empty();
        Phrases.NounPhrase np = Phrases.nounPhraseFrom(s, at + 1, limit);
        return np.heads().stream().map(ResolvedMention::entity)
                .filter(e -> e.type().isActor() && e.type() != EntityType.COUNTRY || s.is(at, "of", "for"))
                .findFirst();
    }

    /** He, she, it, they: the latest fitting speaker of the article, else the nearest fitting actor before. */
    private Optional<Entity> pronoun(SentenceView s, int p, List<ClaimDraft> earlier) {
        boolean person = s.is(p, "he", "she");
        if (person) {
            Optional<Entity> body = unnamedSpokesperson(s, p);
            if (body.isPresent())
                return body;
            Optional<Entity> subject = previousSubject(s, p);
            if (subject.isPresent())
                return subject;
        }
        Optional<Entity> latest = latest(earlier, person);
        if (latest.isPresent())
            return latest;
        return person ? nearest(s, p, EntityType.PERSON) : nearestActor(s, p);
    }

    /**
     * "A spokesman for the Babylon Movement dismissed … . He said …": a he or she opening the
     * sentence after one whose first speaker is an unnamed person speaking for a body is that
     * person, so the body speaks.
     */
    private Optional<Entity> unnamedSpokesperson(SentenceView s, int p) {
        if (!opensSentence(s, p) || s.index == 0)
            return Optional.empty();
        SentenceView before = s.article.sentences.get(s.index - 1);
        // a person named anywhere in it ("The governor of the region, Colonel X, visited …") is no unnamed one
        for (int k = 0; k < before.size(); k++)
            if (before.mention(k) != null && before.mention(k).entity().type() == EntityType.PERSON)
                return Optional.empty();
        for (int k = 0; k < before.size(); k++) {
            if (before.mention(k) == null && before.posIs(k, "NOUN") && "person".equals(lexicon.speakers.get(before.lemma(k))))
                return bodyAfter(before, k + 1, before.size());
        }
        return Optional.empty();
    }

    /**
     * "The mayor, Moussa Amadou, appealed for food. He said …": a he or she opening the sentence
     * after one whose subject names a person is that person (the last one named before the
     * sentence's first verb), though an earlier speaker of the article is more recent as a speaker.
     */
    private static Optional<Entity> previousSubject(SentenceView s, int p) {
        if (!opensSentence(s, p) || s.index == 0)
            return Optional.empty();
        SentenceView before = s.article.sentences.get(s.index - 1);
        Optional<Entity> person = Optional.empty();
        for (int k = 0; k < before.size() && !before.verbal(k); k++)
            if (before.mention(k) != null && before.mention(k).entity().type() == EntityType.PERSON)
                person = Optional.of(before.mention(k).entity());
        return person;
    }

    private static boolean opensSentence(SentenceView s, int p) {
        for (int k = 0; k < p; k++)
            if (!s.posIs(k, "PUNCT", "ADV", "CCONJ"))
                return false;
        return true;
    }

    private static Optional<Entity> latest(List<ClaimDraft> earlier, Boolean person) {
        for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - 4); i--) {
            Optional<Entity> e = earlier.get(i).claimant;
            if (e.isEmpty())
                continue;
            if (person == null || person == (e.get().type() == EntityType.PERSON))
                return e;
        }
        return Optional.empty();
    }

    /** The nearest mention of a type before token {@code p}: in its sentence, then in the article's earlier ones. */
    private static Optional<Entity> nearest(SentenceView s, int p, EntityType type) {
        int offset = s.begin(p);
        List<ResolvedMention> ms = s.document.mentionsIn(s.article.sentences.get(0).sentence.begin(), offset);
        for (int i = ms.size() - 1; i >= 0; i--)
            if (ms.get(i).entity().type() == type)
                return Optional.of(ms.get(i).entity());
        return Optional.empty();
    }

    /**
     * The nearest person named before token {@code p} with the title {@code title} beside the name
     * ("Governor Caleb Mutfwang", "Caleb Mutfwang, the governor of Plateau State"), in the article.
     */
    private static Optional<Entity> titled(SentenceView s, int p, String title) {
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(title) + "\\b");
        String text = s.document.text;
        List<ResolvedMention> ms = s.document.mentionsIn(s.article.sentences.get(0).sentence.begin(), s.begin(p));
        for (int i = ms.size() - 1; i >= 0; i--) {
            ResolvedMention m = ms.get(i);
            if (m.entity().type() != EntityType.PERSON)
                continue;
            // the title stands between this name and the names beside it, not by another person's name
            int before = Math.max(i > 0 ? ms.get(i - 1).mention().end() : 0, m.mention().begin() - TITLE_WINDOW);
            int after = Math.min(i + 1 < ms.size() ? ms.get(i + 1).mention().begin() : s.begin(p),
                    m.mention().end() + TITLE_WINDOW);
            if (word.matcher(text.substring(before, m.mention().begin())).find()
                    || word.matcher(text.substring(m.mention().end(), after)).find())
                return Optional.of(m.entity());
        }
        return Optional.empty();
    }

    /** The nearest mention of a type before token {@code p} whose entity's name holds the word. */
    private static Optional<Entity> nearest(SentenceView s, int p, EntityType type, String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int offset = s.begin(p);
        List<ResolvedMention> ms = s.document.mentionsIn(s.article.sentences.get(0).sentence.begin(), offset);
        for (int i = ms.size() - 1; i >= 0; i--) {
            Entity e = ms.get(i).entity();
            if (e.type() == type && java.util.Arrays.asList(e.label().toLowerCase(java.util.Locale.ROOT).split("\\W+")).contains(w))
                return Optional.of(e);
        }
        return Optional.empty();
    }

    private static Optional<Entity> nearestActor(SentenceView s, int p) {
        int offset = s.begin(p);
        List<ResolvedMention> ms = s.document.mentionsIn(s.article.sentences.get(0).sentence.begin(), offset);
        for (int i = ms.size() - 1; i >= 0; i--) {
            EntityType t = ms.get(i).entity().type();
            if (t.isActor() && t != EntityType.PERSON)
                return Optional.of(ms.get(i).entity());
        }
        return Optional.empty();
    }
}
