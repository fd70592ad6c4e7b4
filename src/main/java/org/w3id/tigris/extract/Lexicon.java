package org.w3id.tigris.extract;

import org.w3id.tigris.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.tigris.time.DateResolver;
import org.w3id.tigris.time.NumberWords;

/**
 * The domain tables event and claim extraction use, loaded once from
 * {@code src/main/resources/extract/*.tsv} (each documented in its header). Immutable and
 * thread-safe: one instance may serve every extractor in a process.
 */
public final class Lexicon {
    /** The event a light verb's subject takes part in. */
    enum Role { AGENT, TARGET }

    /** What a casualty word counts. */
    enum Casualty { KILLED, INJURED }

    final PhraseTable<Trigger> triggers;
    final PhraseTable<Cue> cues;
    final PhraseTable<String> modes;
    final PhraseTable<Casualty> casualties;
    final PhraseTable<Role> lightVerbs;
    /** speaker noun lemma → "person", "document" or an entity type's local name */
    final Map<String, String> speakers;
    /** demonym ("Israeli") → country name */
    final Map<String, String> demonyms;
    /** a country name's key ({@link DocumentView#norm}) → its demonyms, so no look-up walks them all */
    private final Map<String, List<String>> demonymsByCountry;
    /** capital ("Baghdad", "Kinshasa") → country name, for every country of the world table */
    final Map<String, String> capitals;
    final NumberWords numbers;
    final DateResolver dates;

    private Lexicon(Builder b) {
        this.triggers = b.triggers.build();
        this.cues = b.cues.build();
        this.modes = b.modes.build();
        this.casualties = b.casualties.build();
        this.lightVerbs = b.lightVerbs.build();
        this.speakers = Map.copyOf(b.speakers);
        this.demonyms = Map.copyOf(b.demonyms);
        Map<String, List<String>> byCountry = new HashMap<>();
        demonyms.forEach((demonym, country) ->
                byCountry.computeIfAbsent(DocumentView.norm(country), k -> new ArrayList<>()).add(demonym));
        byCountry.replaceAll((k, v) -> List.copyOf(v));
        this.demonymsByCountry = Map.copyOf(byCountry);
        this.capitals = Map.copyOf(b.capitals);
        this.numbers = NumberWords.load();
        this.dates = new DateResolver(numbers);
    }

    /** The demonyms of the country whose name's key ({@link DocumentView#norm}) is {@code countryKey}. */
    List<String> demonymsOf(String countryKey) {
        return demonymsByCountry.getOrDefault(countryKey, List.of());
    }

    /** The tables shipped in {@code extract/}. */
    public static Lexicon load() {
        Builder b = new Builder();
        for (String[] r : TsvResource.rows("extract/triggers.tsv", 5))
            b.triggers.add(r[0], new Trigger(r[0], Trigger.Use.valueOf(r[1].toUpperCase(Locale.ROOT)),
                    EventType.fromLocalName(r[2]), r[3].equals("-") ? Optional.empty() : Optional.of(r[3]),
                    Double.parseDouble(r[4])));
        for (String[] r : TsvResource.rows("extract/reporting.tsv", 3)) {
            Set<Cue.Frame> frames = Arrays.stream(r[1].split(","))
                    .map(f -> Cue.Frame.valueOf(f.strip().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Cue.Frame.class)));
            b.cues.add(r[0], new Cue(r[0], Set.copyOf(frames), Double.parseDouble(r[2])));
        }
        for (String[] r : TsvResource.rows("extract/modes.tsv", 2))
            b.modes.add(r[0], r[1]);
        for (String[] r : TsvResource.rows("extract/casualties.tsv", 2))
            b.casualties.add(r[0], Casualty.valueOf(r[1].toUpperCase(Locale.ROOT)));
        for (String[] r : TsvResource.rows("extract/light-verbs.tsv", 2))
            b.lightVerbs.add(r[0], Role.valueOf(r[1].toUpperCase(Locale.ROOT)));
        for (String[] r : TsvResource.rows("extract/speakers.tsv", 2))
            b.speakers.put(r[0].toLowerCase(Locale.ROOT), r[1]);
        for (String[] r : TsvResource.rows("extract/demonyms.tsv", 3)) {
            if (r[1].equals("capital"))
                b.capitals.put(r[0], r[2]);
            else
                b.demonyms.put(r[0], r[2]);
        }
        // every country's capital and demonyms, from the world table the gazetteer derives;
        // the hand table above wins where both name one word
        for (String[] r : TsvResource.rows("gazetteer/countries-world.tsv", 8)) {
            if (r[0].equals("iso2"))
                continue;
            if (!r[6].isEmpty())
                b.capitals.putIfAbsent(r[6], r[2]);
            for (String demonym : r[4].split("\\|"))
                if (!demonym.isEmpty())
                    b.demonyms.putIfAbsent(demonym, r[2]);
        }
        return new Lexicon(b);
    }

    private static final class Builder {
        final PhraseTable.Builder<Trigger> triggers = PhraseTable.builder();
        final PhraseTable.Builder<Cue> cues = PhraseTable.builder();
        final PhraseTable.Builder<String> modes = PhraseTable.builder();
        final PhraseTable.Builder<Casualty> casualties = PhraseTable.builder();
        final PhraseTable.Builder<Role> lightVerbs = PhraseTable.builder();
        final Map<String, String> speakers = new HashMap<>();
        final Map<String, String> demonyms = new HashMap<>();
        final Map<String, String> capitals = new HashMap<>();
    }
}
