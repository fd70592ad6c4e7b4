package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;

/**
 * Who a place that a claim's attribution reaches speaks for. A region or a town is nobody's
 * voice: "Tigray security officials said", "our correspondent in Las Anod reports" name where the
 * speaker is, not who. A capital speaks for its state ("Kinshasa said"), a region or town for the
 * government body the document names after it ("Manipur said" where the text names the Manipur
 * government). A name typed as a place that is itself the whole subject of the reporting verb
 * ("Commissioner Manning said", "Somaliland accused") is more likely an actor the recognizer took
 * for a place than a place speaking, and stays; any other place leaves the claim without a
 * claimant it can name.
 */
final class PlaceSpeakers {
    private final Lexicon lexicon;

    PlaceSpeakers(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Sets each claim of one sentence to the speaker its claimant stands for. A place decided
     * once stays decided for the sentence: "Naypyidaw denied that … and said …" keeps for the
     * second verb the subject the first one had, though the second cue has no subject of its own.
     */
    void decide(List<ClaimDraft> sentenceClaims) {
        Map<String, Optional<Entity>> decided = new HashMap<>();
        for (ClaimDraft c : sentenceClaims) {
            Optional<Entity> named = c.claimant;
            c.claimant = named.map(e -> decided.computeIfAbsent(e.id(), id -> speaker(c))).orElse(Optional.empty());
        }
    }

    /** The speaker a claim's claimant stands for: itself unless it is a region or a town. */
    private Optional<Entity> speaker(ClaimDraft c) {
        return c.claimant.flatMap(e -> speaker(c, e));
    }

    private Optional<Entity> speaker(ClaimDraft c, Entity claimant) {
        if (claimant.type() != EntityType.REGION && claimant.type() != EntityType.CITY)
            return Optional.of(claimant);
        DocumentView doc = c.sentence.document;
        for (String name : names(claimant)) {
            String country = lexicon.capitals.get(name);
            if (country != null) {
                Optional<Entity> state = doc.government(country).or(() -> doc.country(country));
                if (state.isPresent())
                    return state;
            }
        }
        Optional<Entity> body = governmentOf(doc, claimant);
        return body.isPresent() || !subjectOfCue(c, claimant) ? body : Optional.of(claimant);
    }

    /** "Manning said", "Somaliland has accused": the name is the subject, right before its cue. */
    private static boolean subjectOfCue(ClaimDraft c, Entity claimant) {
        if (c.kind == ClaimDraft.Kind.QUOTE || c.kind == ClaimDraft.Kind.SOURCE)
            return false;
        SentenceView s = c.sentence;
        int k = c.cueFrom - 1;
        if (s.valid(k) && s.posIs(k, "AUX"))
            k--;
        if (!s.valid(k) || s.mention(k) == null || !s.mention(k).entity().id().equals(claimant.id()))
            return false;
        int first = k;
        while (first > 0 && s.mention(first - 1) == s.mention(k))
            first--;
        return first == 0 || !s.posIs(first - 1, "ADP"); // "our correspondent in Las Anod reports"
    }

    /** The government body whose name holds the place's name as whole words ("Manipur government"). */
    private static Optional<Entity> governmentOf(DocumentView doc, Entity place) {
        for (Entity e : doc.entities.values()) {
            if (e.type() != EntityType.GOVERNMENT_BODY)
                continue;
            for (String body : names(e)) {
                String padded = " " + DocumentView.norm(body) + " ";
                for (String p : names(place)) {
                    String key = DocumentView.norm(p);
                    if (!key.isEmpty() && padded.contains(" " + key + " "))
                        return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(0, e.label());
        return names;
    }
}
