package org.w3id.tigris.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.time.DateMention;
import org.w3id.tigris.time.DateValue;

/**
 * Finds the events a document reports, typed with PLOVER, with the arguments their own
 * sentence gives (or the headline and lede together, which tell one event twice).
 * <p>
 * Triggers come from {@code extract/triggers.tsv}; agents, targets, places and modes from
 * {@link ArgumentReader}; counts from {@link CasualtyReader}; dates from the sentence ({@link EventDates}) through
 * {@link org.w3id.tigris.time.DateResolver}, against the article's date or else the
 * publication date. A later mention of an event told before in the same article ("the
 * strikes", "the attack") adds to that event instead of making a new one.
 * <p>
 * Thread-safe after construction: it keeps no state between calls.
 */
public final class EventExtractor {
    /** How an event with no date in its sentence is dated. */
    enum DateFallback {
        /** left undated */
        NONE,
        /** the month of its article's (or the document's) date: news reports what happened lately */
        MONTH
    }

    /** The measured choices, kept in one place so the dev-set harness can compare them. */
    record Options(boolean absorbComplements, boolean mergeRetold, boolean requireArguments,
                   DateFallback dateFallback, double minConfidence) {
        static Options defaults() {
            return new Options(true, true, true, DateFallback.MONTH, 0.0);
        }
    }

    private static final Set<String> TAKING = Set.of("seize", "capture");
    private static final Set<String> INTENT = Set.of("threaten", "vow", "plan", "consider", "prepare", "intend",
            "ready", "pledge", "promise", "warn");

    private final Lexicon lexicon;
    private final TriggerFinder triggers;
    private final ArgumentReader arguments;
    private final CasualtyReader casualties;
    private final EventMerger merger = new EventMerger();
    private final EventFilter filter;
    private final Options options;

    public EventExtractor() {
        this(Lexicon.load());
    }

    public EventExtractor(Lexicon lexicon) {
        this(lexicon, Options.defaults());
    }

    EventExtractor(Lexicon lexicon, Options options) {
        this.lexicon = lexicon;
        this.triggers = new TriggerFinder(lexicon);
        this.arguments = new ArgumentReader(lexicon);
        this.casualties = new CasualtyReader(lexicon);
        this.options = options;
        this.filter = new EventFilter(options.requireArguments(), options.minConfidence());
    }

    /** The document's events, in text order. */
    public List<Event> extract(ExtractionInput input) {
        return drafts(new DocumentView(input, lexicon)).stream().map(EventDraft::toEvent).toList();
    }

    /** The surviving drafts, in text order, with unique (evidence begin, type) pairs. */
    List<EventDraft> drafts(DocumentView doc) {
        List<EventDraft> all = new ArrayList<>();
        for (ArticleView article : doc.articles) {
            List<EventDraft> drafts = new ArrayList<>();
            for (SentenceView s : article.sentences)
                drafts.addAll(sentenceEvents(s));
            merger.mergeHeadlineAndLede(drafts);
            all.addAll(drafts);
        }
        if (options.mergeRetold())
            merger.mergeRetold(all);
        for (EventDraft d : all)
            if (!d.dropped && d.date == null)
                fallbackDate(d, d.sentence.article);
        all.removeIf(d -> d.dropped || !filter.keep(d));
        all.sort(Comparator.comparingInt(EventDraft::evidenceBegin).thenComparing(d -> d.type));
        return unique(all);
    }

    List<EventDraft> sentenceEvents(SentenceView s) {
        List<EventDraft> drafts = triggers.find(s);
        for (EventDraft d : drafts)
            arguments.read(d);
        for (EventDraft d : drafts) {
            intentToThreat(d);
            takingGround(d);
        }
        if (drafts.isEmpty())
            return drafts; // most sentences tell no event: their dates and tolls would go to none
        List<DateMention> dates = s.document.dates(s.sentence.begin(), s.sentence.end(), s.article.reference);
        if (options.absorbComplements())
            ComplementEvents.absorb(drafts, dates);
        attachCasualties(s, drafts, dates);
        linkWeakAssaults(s, drafts);
        EventDates.attach(s, drafts, dates);
        drafts.removeIf(d -> d.dropped);
        return drafts;
    }

    /** "The M23 seized Goma": taking a place by force is an attack; seizing goods or people is coercion. */
    private static void takingGround(EventDraft d) {
        if (d.type != EventType.COERCE || !d.verbal || !TAKING.contains(d.trigger.phrase()))
            return;
        SentenceView s = d.sentence;
        boolean place = Phrases.object(s, d.triggerTo).heads().stream()
                .anyMatch(m -> m.entity().type().isLocation() && !m.entity().type().isActor());
        if (place) {
            d.type = EventType.ASSAULT;
            Phrases.object(s, d.triggerTo).heads().stream().filter(m -> m.entity().type().isLocation())
                    .findFirst().ifPresent(m -> d.offerPlace(m.entity()));
        }
    }

    /** "they will continue to attack", "considering renewing their operations": a threat, not an attack. */
    private void intentToThreat(EventDraft d) {
        if (d.type != EventType.ASSAULT)
            return;
        SentenceView s = d.sentence;
        int k = d.triggerFrom - 1;
        // only words that govern the trigger directly: "will continue to attack", "considering renewing their operations"
        while (k >= 0 && (s.posIs(k, "DET", "ADJ", "NUM", "ADV") || s.isPossessivePronoun(k) || s.is(k, "to")
                || s.posIs(k, "VERB") && s.lower(k).endsWith("ing") && k == d.triggerFrom - 2
                || s.is(k, "continue", "continues", "continued", "resume", "begin", "start")))
            k--;
        if (k < 0)
            return;
        boolean modal = s.is(k, "will", "would", "'ll", "shall") && d.verbal;
        boolean intent = INTENT.contains(s.lemma(k)) || INTENT.contains(s.lower(k));
        if ((modal || intent) && !s.negated(k))
            d.type = EventType.THREATEN;
    }

    private void attachCasualties(SentenceView s, List<EventDraft> drafts, List<DateMention> dates) {
        List<CasualtyReader.Count> counts = casualties.read(s, dates);
        List<EventDraft> assaults = drafts.stream().filter(d -> !d.dropped && d.type == EventType.ASSAULT).toList();
        // a killing verb next to an attack noun tells the attack's toll, not another event
        for (EventDraft kill : assaults) {
            if (lexicon.casualties.matchAt(s.tokens, kill.triggerFrom).isEmpty() || !kill.verbal)
                continue;
            Optional<EventDraft> host = linkedAssault(s, kill, assaults);
            host.ifPresent(h -> h.absorb(kill));
        }
        for (CasualtyReader.Count c : counts) {
            Optional<EventDraft> target = assaults.stream().filter(d -> !d.dropped)
                    .filter(d -> c.at() >= d.triggerFrom && c.at() < d.triggerTo).findFirst();
            if (target.isEmpty())
                target = assaults.stream().filter(d -> !d.dropped)
                        .filter(d -> d.mergedFrom.stream().anyMatch(m -> c.at() >= m.triggerFrom && c.at() < m.triggerTo))
                        .findFirst();
            if (target.isEmpty())
                target = nearest(assaults, c.at());
            target.ifPresent(d -> {
                if (c.kind() == Lexicon.Casualty.KILLED)
                    d.killed = d.killed == null ? c.value() : Math.max(d.killed, c.value());
                else
                    d.injured = d.injured == null ? c.value() : Math.max(d.injured, c.value());
                d.spanFrom = Math.min(d.spanFrom, c.at());
                d.spanTo = Math.max(d.spanTo, c.at() + 1);
            });
        }
    }

    /**
     * "hit with over 150 attacks", "the death of eight members in the airstrikes": a weak word
     * whose phrase names the attack itself tells no second event.
     */
    private void linkWeakAssaults(SentenceView s, List<EventDraft> drafts) {
        for (EventDraft weak : drafts) {
            if (weak.dropped || weak.type != EventType.ASSAULT)
                continue;
            boolean isWeak = weak.trigger.reliability() < 0.6
                    || lexicon.casualties.matchAt(s.tokens, weak.triggerFrom).isPresent();
            if (!isWeak)
                continue;
            if (weak.verbal) {
                // "The strikes on the Iraqi side hit al-Qaem": the subject names the attack
                Phrases.Span subject = Phrases.subjectRegion(s, weak.triggerFrom);
                Optional<EventDraft> holder = drafts.stream().filter(x -> x != weak && !x.dropped && !x.verbal
                        && x.type == EventType.ASSAULT && subject.contains(x.triggerFrom)).findFirst();
                if (holder.isPresent() && !s.passive(weak.triggerTo - 1)) {
                    weak.agents.clear();
                    holder.get().absorb(weak);
                    continue;
                }
            }
            for (EventDraft strong : drafts) {
                if (strong == weak || strong.dropped || strong.type != EventType.ASSAULT || strong.verbal
                        || strong.triggerFrom <= weak.triggerTo || strong.trigger.reliability() < weak.trigger.reliability())
                    continue;
                int k = strong.triggerFrom - 1;
                while (k > weak.triggerTo && (s.posIs(k, "DET", "NUM", "ADJ", "ADV") || s.is(k, "over", "than", "more"))
                        || k > weak.triggerTo && s.nominal(k) && s.mention(k) != null)
                    k--;
                if (k < weak.triggerTo || !s.is(k, "in", "during", "with", "by", "amid", "from"))
                    continue;
                boolean connected = true;
                for (int j = weak.triggerTo; j < k; j++)
                    if (s.isComma(j) || s.isClauseBreak(j) || s.posIs(j, "VERB") && !s.nominal(j))
                        connected = false;
                if (connected && k - weak.triggerTo <= 10) {
                    strong.absorb(weak);
                    strong.spanFrom = Math.min(strong.spanFrom, weak.spanFrom);
                    break;
                }
            }
        }
    }

    /** The attack a killing verb belongs to: "strikes that killed", "killed in the strikes", "during airstrikes". */
    private Optional<EventDraft> linkedAssault(SentenceView s, EventDraft kill, List<EventDraft> assaults) {
        EventDraft best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EventDraft d : assaults) {
            if (d == kill || d.dropped || d.verbal && lexicon.casualties.matchAt(s.tokens, d.triggerFrom).isPresent())
                continue;
            int distance = Math.abs(d.triggerFrom - kill.triggerFrom);
            boolean linked = d.triggerTo <= kill.triggerFrom && s.isRelativePronoun(kill.triggerFrom - 1)
                    || d.triggerFrom > kill.triggerTo && distance <= 8;
            if (linked)
                distance -= 100;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<EventDraft> nearest(List<EventDraft> drafts, int at) {
        return drafts.stream().filter(d -> !d.dropped)
                .min(Comparator.comparingInt(d -> Math.abs(d.triggerFrom - at) * 2 + (d.triggerFrom > at ? 1 : 0)));
    }

    private void fallbackDate(EventDraft d, ArticleView article) {
        if (options.dateFallback() == DateFallback.NONE || article.reference.isEmpty())
            return;
        d.date = new DateValue(YearMonth.from(article.reference.get()).toString(), DateValue.Precision.MONTH);
        d.dateStated = false;
    }

    /** Event IRIs are built from (evidence begin, type): two drafts may not share them. */
    private static List<EventDraft> unique(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (EventDraft d : drafts) {
            if (keys.add(d.evidenceBegin() + "/" + d.type)) {
                out.add(d);
                continue;
            }
            d.spanFrom = d.triggerFrom;
            if (keys.add(d.evidenceBegin() + "/" + d.type))
                out.add(d);
        }
        out.sort(Comparator.comparingInt(EventDraft::evidenceBegin).thenComparing(d -> d.type));
        return out;
    }
}
