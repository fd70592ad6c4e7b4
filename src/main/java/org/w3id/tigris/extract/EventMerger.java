package org.w3id.tigris.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.time.DateValue;

/**
 * Joins the drafts that tell one real-world event: a headline and its lede, and a later
 * mention that refers back ("the strikes") or repeats what an earlier one said (the same
 * agent, place or date). Drafts that contradict each other (other dates, other places, other
 * agents) are never joined. Stateless.
 */
final class EventMerger {
    /** How many earlier drafts a later one is compared with: news retells an event close by. */
    private static final int WINDOW = 300;
    private static final Set<String> KILLING = Set.of("kill");
    /** How far before its article's date an event is still the article's news. */
    private static final int RECENT_DAYS = 31;
    /** What an actor says rather than does: one speaker's statements are not another's. */
    private static final Set<EventType> SAID = Set.of(EventType.AGREE, EventType.SUPPORT, EventType.REQUEST,
            EventType.ACCUSE, EventType.REJECT, EventType.THREATEN);
    /** kind words a place's name may carry or drop: "Bannu" and "Bannu district" name one place */
    private static final Set<String> KIND_WORDS = Set.of("district", "province", "state", "region", "county",
            "governorate", "municipality", "township", "department", "prefecture", "oblast", "city", "town",
            "village", "subdivision", "regency", "zone");

    /** The headline and the lede under it tell the same events: one event per type. */
    void mergeHeadlineAndLede(List<EventDraft> drafts) {
        for (EventDraft h : drafts) {
            if (h.dropped || !h.sentence.headline)
                continue;
            for (EventDraft l : drafts) {
                if (l.dropped || !l.sentence.lede || l.type != h.type || !compatible(h, l))
                    continue;
                // the more informative span stays the evidence
                if (l.statedArguments() > h.statedArguments()) {
                    l.absorb(h);
                    break;
                }
                h.absorb(l);
            }
        }
    }

    /**
     * "The strikes …" after "US strikes in Syria": the same event, told again. In its own
     * article a definite mention joins the nearest compatible event (one with the same word
     * first), and any mention sharing an argument with an earlier compatible one joins it;
     * across the articles of an index page two shared arguments are needed.
     */
    void mergeRetold(List<EventDraft> drafts) {
        Map<ArticleView, Integer> firstOfArticle = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++)
            firstOfArticle.putIfAbsent(drafts.get(i).sentence.article, i);
        boolean oneReport = !drafts.isEmpty() && oneReport(drafts.get(0).sentence.document);
        for (int i = 0; i < drafts.size(); i++) {
            EventDraft later = drafts.get(i);
            if (later.dropped)
                continue;
            EventDraft host = null;
            for (int j = i - 1; j >= Math.max(0, i - WINDOW) && host == null; j--) {
                EventDraft earlier = drafts.get(j);
                if (earlier.dropped || earlier.type != later.type || !compatible(earlier, later))
                    continue;
                boolean sameArticle = earlier.sentence.article == later.sentence.article;
                boolean sameStory = sameArticle || oneReport;
                int shared = shared(earlier, later);
                if (later.aggregate)
                    break; // "dozens of air strikes", "more than 70 attacks": many events, not the one told
                if (sameArticle && anaphor(later) && sameWord(earlier, later) || sameStory && shared >= 1 || shared >= 2
                        || sameArticle && toll(later))
                    host = earlier;
            }
            // otherwise "the attacks" are the article's main attack: its first
            if (host == null && !later.aggregate && anaphor(later)) {
                for (int j = firstOfArticle.get(later.sentence.article); j < i && host == null; j++) {
                    EventDraft earlier = drafts.get(j);
                    if (!earlier.dropped && earlier.type == later.type && compatible(earlier, later)
                            && earlier.sentence.article == later.sentence.article)
                        host = earlier;
                }
            }
            if (host == null && !later.aggregate && unanchored(later))
                host = soleDatedEvent(drafts, firstOfArticle.get(later.sentence.article), later);
            if (host != null)
                host.absorb(later);
        }
    }

    /**
     * The article's one event of the mention's type that states a recent day, when it has exactly
     * one and the two agree: a wire tells its attack with the day and the place, then again
     * without them, in a headline above a byline ("Gunmen ambush police convoy, killing eight")
     * or in a claim below ("the group claimed to have killed more than 100 soldiers"). Events
     * dated long before the article are its background, not its news. With two recent events of
     * the type the mention could be either, and stays apart. What an actor says joins only a
     * statement of the same speaker: two accusations in one article are two.
     */
    private static EventDraft soleDatedEvent(List<EventDraft> drafts, int first, EventDraft mention) {
        EventDraft found = null;
        for (int j = first; j < drafts.size() && drafts.get(j).sentence.article == mention.sentence.article; j++) {
            EventDraft other = drafts.get(j);
            if (other == mention || other.dropped || other.type != mention.type || !other.dateStated
                    || !recent(other.date, mention.sentence.article.reference))
                continue;
            if (found != null)
                return null;
            found = other;
        }
        if (found == null || !compatible(found, mention))
            return null;
        boolean said = SAID.contains(mention.type);
        return !said || !found.agents.isEmpty() && !mention.agents.isEmpty() && relatedActors(found, mention) ? found : null;
    }

    /** A day in the month before the article's date (or the day after it), or the article's month. */
    private static boolean recent(DateValue date, Optional<LocalDate> reference) {
        if (reference.isEmpty())
            return true;
        LocalDate ref = reference.get();
        return switch (date.precision()) {
            case DAY -> {
                LocalDate day = LocalDate.parse(date.lexical());
                yield !day.isAfter(ref.plusDays(1)) && !day.isBefore(ref.minusDays(RECENT_DAYS));
            }
            case MONTH -> date.lexical().equals(YearMonth.from(ref).toString());
            case YEAR -> false;
        };
    }

    /**
     * A document of sections (a situation report's "HIGHLIGHTS", "1. SITUATION OVERVIEW"),
     * which the segmenter reads as items, is one report: its items are headed by upper-case
     * labels, not headlines, and at most one has a date of its own. An index page's items are
     * other stories, under headlines or dates of their own.
     */
    private static boolean oneReport(DocumentView doc) {
        if (doc.articles.size() < 2 || doc.articles.stream().filter(a -> a.article.date().isPresent()).count() > 1)
            return false;
        for (ArticleView a : doc.articles)
            if (a.article.hasHeadline() && !label(doc.text.substring(a.article.headlineBegin(), a.article.headlineEnd())))
                return false;
        return true;
    }

    /** A heading in capitals ("HIGHLIGHTS", "2. GOVERNMENT RESPONSE"): a section's label. */
    private static boolean label(String heading) {
        boolean letters = false;
        for (int i = 0; i < heading.length(); i++) {
            char c = heading.charAt(i);
            if (Character.isLowerCase(c))
                return false;
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** A mention that says neither when nor where: nothing in it sets it apart from the article's event. */
    private static boolean unanchored(EventDraft d) {
        return !d.dateStated && d.place == null;
    }

    /**
     * "Nine civilians and two soldiers were killed, it said": a passive killing that names no one,
     * no place and no day tells the toll of the attack told before it, not another attack.
     */
    private static boolean toll(EventDraft d) {
        return d.type == EventType.ASSAULT && d.verbal && KILLING.contains(d.trigger.phrase())
                && d.sentence.passive(d.triggerTo - 1) && !d.hasParticipant() && d.place == null && !d.dateStated;
    }

    /** "the strikes", "these attacks": definite, and saying nothing new of where, when or to whom. */
    private static boolean anaphor(EventDraft d) {
        return d.anaphoric && d.targets.isEmpty() && !d.dateStated;
    }

    private static boolean sameWord(EventDraft a, EventDraft b) {
        return a.trigger == b.trigger || a.mergedFrom.stream().anyMatch(m -> m.trigger == b.trigger);
    }

    private static int shared(EventDraft a, EventDraft b) {
        int n = 0;
        if (a.modeStated && b.modeStated && a.mode.equals(b.mode))
            n++;
        if (!a.agents.isEmpty() && !b.agents.isEmpty() && relatedActors(a, b))
            n++;
        if (a.targets.stream().anyMatch(b.targets::contains))
            n++;
        if (a.place != null && b.place != null && a.place.id().equals(b.place.id()))
            n++;
        if (a.dateStated && b.dateStated && a.date.lexical().equals(b.date.lexical()))
            n++;
        return n;
    }

    private static boolean compatible(EventDraft a, EventDraft b) {
        if (a.dateStated && b.dateStated && !prefixCompatible(a.date, b.date))
            return false;
        if (a.place != null && b.place != null && !placesCompatible(a, b))
            return false;
        if (!a.agents.isEmpty() && !b.agents.isEmpty() && !relatedActors(a, b))
            return false;
        return true;
    }

    /** Shared agents, or a country and its government ("Iraq" and "the Iraqi government"). */
    private static boolean relatedActors(EventDraft a, EventDraft b) {
        if (a.agents.stream().anyMatch(b.agents::contains))
            return true;
        DocumentView doc = a.sentence.document;
        for (String x : a.agents)
            for (String y : b.agents)
                if (governs(doc, x, y) || governs(doc, y, x))
                    return true;
        return false;
    }

    /** A state body ("US Central Command", "the Iraqi government") acts for the country its name gives. */
    private static boolean governs(DocumentView doc, String body, String country) {
        Entity c = doc.entities.get(country);
        Entity b = doc.entities.get(body);
        if (c == null || b == null || c.type() != EntityType.COUNTRY
                || b.type() != EntityType.GOVERNMENT_BODY)
            return false;
        return doc.government(c.label()).map(g -> g.id().equals(body)).orElse(false) || doc.namesCountry(b, c);
    }

    private static boolean prefixCompatible(DateValue a, DateValue b) {
        return a.lexical().startsWith(b.lexical()) || b.lexical().startsWith(a.lexical());
    }

    private static boolean placesCompatible(EventDraft a, EventDraft b) {
        return a.place.id().equals(b.place.id()) || within(a.place, b.place, a.sentence.document)
                || within(b.place, a.place, a.sentence.document) || !baseName(a.place).isEmpty() && baseName(a.place).equals(baseName(b.place));
    }

    /** A place's name without the kind words it may carry ("Bannu district" → "bannu"). */
    private static String baseName(Entity place) {
        StringBuilder b = new StringBuilder();
        for (String w : place.label().toLowerCase(Locale.ROOT).split("\\s+"))
            if (!KIND_WORDS.contains(w))
                b.append(b.isEmpty() ? "" : " ").append(w);
        return b.toString();
    }

    private static boolean within(Entity inner, Entity outer, DocumentView doc) {
        Entity e = inner;
        Set<String> seen = new HashSet<>();
        while (e != null && e.locatedIn().isPresent() && seen.add(e.id())) {
            String up = e.locatedIn().get();
            if (up.equals(outer.id()))
                return true;
            e = doc.entities.get(up);
        }
        return false;
    }
}
