package org.w3id.tigris.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                int shared = shared(earlier, later);
                if (later.aggregate)
                    break; // "dozens of air strikes", "more than 70 attacks": many events, not the one told
                if (sameArticle && anaphor(later) && sameWord(earlier, later) || sameArticle && shared >= 1 || shared >= 2
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
            if (host != null)
                host.absorb(later);
        }
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
