package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the claims a document attributes: direct quotations ({@code "…," X said},
 * {@code X said: "…"}, quotations running over several sentences), indirect speech
 * ({@code X said that …}, {@code X told Y …}), {@code according to X}, statements,
 * announcements, denials, condemnations, warnings and revelations. Cues come from
 * {@code extract/reporting.tsv}; the claimant from {@link SpeakerResolver}.
 * <p>
 * Not claims: reporting verbs inside a quotation ("“I used to say …”"), in boilerplate
 * (which the annotator leaves out), or without content.
 * <p>
 * Thread-safe after construction: it keeps no state between calls.
 */
public final class ClaimExtractor {
    /** The measured choices, kept in one place so the dev-set harness can compare them. */
    record Options(boolean keepUnattributed, boolean continueQuotes, boolean quoteSubjects,
                   boolean headlineStances, boolean stanceVerbInContent) {
        static Options defaults() {
            return new Options(false, true, true, false, true);
        }
    }

    private static final int MIN_CONTENT_WORDS = 3;
    private final Lexicon lexicon;
    private final SpeakerResolver speakers;
    private final ClaimContent content;
    private final NounAttribution attributions;
    private final SpeakerAttribution attribution;
    private final Reactions reactions;
    private final PlaceSpeakers places;
    private final QuotationClaims quotations;
    private final CoordinatedClaims coordinated;
    private final Options options;

    public ClaimExtractor() {
        this(Lexicon.load());
    }

    public ClaimExtractor(Lexicon lexicon) {
        this(lexicon, Options.defaults());
    }

    ClaimExtractor(Lexicon lexicon, Options options) {
        this.lexicon = lexicon;
        this.speakers = new SpeakerResolver(lexicon, new ArgumentReader(lexicon));
        this.content = new ClaimContent(lexicon);
        this.coordinated = new CoordinatedClaims(content);
        this.attributions = new NounAttribution(content, speakers);
        this.attribution = new SpeakerAttribution(speakers);
        this.reactions = new Reactions(lexicon);
        this.places = new PlaceSpeakers(lexicon);
        this.quotations = new QuotationClaims(speakers, options.continueQuotes(), options.quoteSubjects());
        this.options = options;
    }

    /**
     * The document's claims, in text order.
     *
     * @param events the document's events (from {@link EventExtractor}), which claims may be about
     */
    public List<Claim> extract(ExtractionInput input, List<Event> events) {
        DocumentView doc = new DocumentView(input, lexicon);
        List<ClaimDraft> all = new ArrayList<>();
        for (ArticleView article : doc.articles) {
            List<ClaimDraft> claims = new ArrayList<>();
            for (SentenceView s : article.sentences) {
                List<ClaimDraft> found = sentenceClaims(s, claims);
                ClaimNesting.resolveNesting(found);
                found.removeIf(c -> c.dropped);
                found = coordinated.split(found);
                // a quotation no cue's claim holds ("appealed to X to “…”, and asked Y to …") is the subject's words too
                List<ClaimDraft> cued = found;
                quotations.claim(s, claims).filter(q -> cued.stream().noneMatch(c -> c.contentContains(q.textBegin)))
                        .ifPresent(found::add);
                // before later sentences' pronouns and quotations take these speakers up
                places.decide(found);
                claims.addAll(found);
            }
            HeadlineRepeats.drop(claims, options.headlineStances());
            all.addAll(claims);
        }
        all.removeIf(c -> c.claimant.isEmpty() && !options.keepUnattributed()
                || words(doc.text, c.textBegin, c.textEnd) < MIN_CONTENT_WORDS);
        // of two claims on one content, the one whose own attribution holds it beats a continued quotation
        all.sort(Comparator.comparingInt((ClaimDraft c) -> c.textBegin).thenComparing(c -> c.kind == ClaimDraft.Kind.QUOTE));
        List<Claim> out = new ArrayList<>();
        Set<Integer> begins = new HashSet<>();
        for (ClaimDraft c : all)
            if (begins.add(c.textBegin))
                out.add(FrozenClaims.freeze(doc, c, events));
        return out;
    }

    /** The claims of one sentence, nesting resolved but dropped ones kept: for tracing rules. */
    List<ClaimDraft> traceSentence(SentenceView s, List<ClaimDraft> earlier) {
        List<ClaimDraft> found = sentenceClaims(s, earlier);
        ClaimNesting.resolveNesting(found);
        quotations.claim(s, earlier).filter(q -> found.stream().noneMatch(c -> !c.dropped && c.contentContains(q.textBegin)))
                .ifPresent(found::add);
        return found;
    }

    private List<ClaimDraft> sentenceClaims(SentenceView s, List<ClaimDraft> earlier) {
        List<ClaimDraft> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.quoted(i) || s.mention(i) != null)
                continue;
            for (PhraseTable.Match<Cue> m : lexicon.cues.matchesAt(s.tokens, i)) {
                Optional<ClaimDraft> c = claimAt(s, m, earlier, found);
                if (c.isPresent()) {
                    found.add(c.get());
                    i = m.end() - 1;
                    break;
                }
            }
        }
        return found;
    }

    private Optional<ClaimDraft> claimAt(SentenceView s, PhraseTable.Match<Cue> m, List<ClaimDraft> earlier,
                                         List<ClaimDraft> inSentence) {
        Cue cue = m.value();
        if (cue.has(Cue.Frame.SOURCE))
            return attributions.according(s, m, earlier);
        if (cue.has(Cue.Frame.ESTIMATE) && !Estimates.counted(s, m.end()))
            return Optional.empty(); // "gave the assurances": no count, no claim, before it or after

        if (s.is(m.start() - 2, "what", "which") && s.pronoun(m.start() - 1))
            return Optional.empty(); // "condemned what it called a massacre": the naming is part of the condemnation
        boolean verbal = CueVerbs.verbal(s, m);
        if (s.lower(m.start()).endsWith("ing") && !CueVerbs.participleAfterComma(s, m.start()) && m.start() > 0)
            return Optional.empty(); // "a letter condemning …": a participle on a noun, nobody speaking
        if (!verbal)
            return cue.has(Cue.Frame.NOUN) ? attributions.nounCue(s, m, earlier) : Optional.empty();
        if (cue.frames().equals(Set.of(Cue.Frame.NOUN)))
            return Optional.empty(); // "warning" the noun; "warning of …" is the verb's row
        if (s.negated(m.start()) && !cue.phrase().equals("deny"))
            return Optional.empty();
        if (s.passive(m.start()) || s.posIs(m.start() - 1, "DET"))
            return Optional.empty(); // "the claims were denied", "a report": not a speaker's act here
        ClaimDraft c;
        Phrases.Span region = Phrases.subjectRegion(s, m.start());
        Optional<int[]> after = content.after(s, m);
        if (after.isPresent()) {
            c = new ClaimDraft(s, ClaimDraft.Kind.AFTER, cue, s.text(m.start(), m.end()), m.start(), m.end());
            c.textBegin = after.get()[0];
            c.textEnd = after.get()[1];
            // "condemned the attacks", "protest the US aggression": the stance is part of what is claimed
            if (options.stanceVerbInContent() && ClaimContent.stance(s, m, c.textBegin))
                c.textBegin = s.begin(m.start());
            if (reactions.bare(s, m, c.textEnd))
                return Optional.empty();
        } else {
            Optional<int[]> before = content.before(s, region.isEmpty() ? m.start() : region.from());
            if (before.isEmpty())
                return Optional.empty();
            c = new ClaimDraft(s, ClaimDraft.Kind.BEFORE, cue, s.text(m.start(), m.end()), m.start(), m.end());
            c.textBegin = before.get()[0];
            c.textEnd = before.get()[1];
            if (region.isEmpty()) { // "…, says investigation", "“…,” said the spokesman"
                int from = SpeakerPhrases.afterAbbreviatedTitles(s, m.end());
                region = new Phrases.Span(from, SpeakerPhrases.endOfSpeaker(s, from));
            }
        }
        attribution.attribute(s, c, region, m, earlier, inSentence);
        c.direct = ClaimContent.direct(s.document, c.textBegin, c.textEnd);
        c.evidenceBegin = Math.min(c.textBegin, region.isEmpty() ? c.cueBegin() : s.begin(region.from()));
        c.evidenceEnd = Math.max(c.textEnd, s.end(m.end() - 1));
        c.speakerBegin = region.isEmpty() ? c.cueBegin() : s.begin(region.from());
        return Optional.of(c);
    }

    private static int words(String text, int begin, int end) {
        String s = text.substring(begin, end).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
