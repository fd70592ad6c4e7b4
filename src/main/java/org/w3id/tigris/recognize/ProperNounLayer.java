package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Layer 3: proper-noun chunks no gazetteer knows (found by {@link NameChunks}). Titles and
 * demonyms are stripped from a chunk's start, and it is typed by cues (see {@code name-cues.tsv}):
 * its head word ("Forces", "Ministry", "Agency", "Airport", "province"), a title or role before
 * it ("Prime Minister", "spokesperson"), a byline's "By", a noun before it ("the militia
 * group"), an age or a person's noun it is set off from by commas ({@link PersonAppositions}),
 * a given name; else the name typer. A lone word needs a cue; in a headline only a name of two
 * or more words with a strong cue is taken, since title case capitalises every word.
 */
final class ProperNounLayer {
    static final String LAYER = "propn";
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "umm");
    private static final int LONGEST_PERSON_NAME = 5;
    private static final int LONGEST_NAME = 8;

    private final Gazetteers gazetteers;
    private final CueWords cues;
    private final UnknownNames unknownNames;
    private final NameNeighbours neighbours;
    private final HeadWords heads;
    private final NameChunks chunks;
    private final PersonAppositions appositions;

    ProperNounLayer(Gazetteers gazetteers, UnknownNames unknownNames) {
        this.gazetteers = gazetteers;
        this.cues = gazetteers.cues();
        this.unknownNames = unknownNames;
        this.neighbours = new NameNeighbours(cues);
        this.chunks = new NameChunks(gazetteers, neighbours);
        this.appositions = new PersonAppositions(cues);
        this.heads = new HeadWords(gazetteers);
    }

    void apply(Candidates candidates) {
        for (ScannedSentence s : candidates.sentences()) {
            for (int[] chunk : chunks.in(s)) {
                place(candidates, s, chunk[0], chunk[1]);
            }
        }
        unknownNames.agreeWithTheDocument(candidates);
    }

    private boolean given(Word w) {
        return chunks.given(w);
    }

    /** A particle a name may hold: "al", "bin", "of the", "de" (see {@link NameChunks}). */
    static boolean isConnector(Word w) {
        return NameChunks.isConnector(w);
    }

    /** Places a chunk, splitting it around names the gazetteers already found. */
    private void place(Candidates candidates, ScannedSentence s, int from, int to) {
        if (!candidates.anyCovered(s.index(), from, to)) {
            boolean given = given(s.words().get(from));
            int title = given ? from : neighbours.titleInside(s, from, to); // "Hassan Sheikh Mohamud" is one name
            if (title > from) {
                analyse(candidates, s, from, title); // "Sinaloa Governor Ruben Rocha Moya": a place, then a person
            }
            analyse(candidates, s, title, to);
            return;
        }
        if (!s.titleCase() && (placeNamedFacility(candidates, s, from, to) || placeEnclosingName(candidates, s, from, to))) {
            return;
        }
        int i = from;
        while (i < to) {
            if (candidates.covered(s.index(), i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && !candidates.covered(s.index(), j)) {
                j++;
            }
            analyse(candidates, s, i, j);
            i = j;
        }
    }

    /**
     * "Baghdad International Airport", "Basra Oil Company": a chunk that ends in an
     * organization or facility head word and holds a known city or region is one name.
     */
    private boolean placeNamedFacility(Candidates candidates, ScannedSentence s, int from, int to) {
        if (candidates.covered(s.index(), to - 1)) {
            return false;
        }
        Optional<EntityType> head = heads.headType(s.words(), from, to);
        if (head == null || head.isEmpty() || head.get() == EntityType.PERSON
                || head.get() == EntityType.ARMED_GROUP && !NameNeighbours.holdsPossessive(s.words(), from, to)) {
            return false;
        }
        List<Candidate> inside = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<Candidate> c = candidates.at(s.index(), i);
            if (c.isPresent()) {
                Candidate x = c.get();
                if (x.from() < from || x.to() > to
                        || (x.type() != EntityType.CITY && x.type() != EntityType.REGION)) {
                    return false;
                }
                if (!inside.contains(x)) {
                    inside.add(x);
                }
            }
        }
        inside.forEach(candidates::remove);
        if (!analyse(candidates, s, from, to)) {
            inside.forEach(candidates::add);
        }
        return true;
    }

    /**
     * "Harakat Hezbollah al-Nujaba": a name that holds a known group's name with words on both
     * sides (or is followed by "militia", "group" ...) is another group, not the known one.
     */
    private boolean placeEnclosingName(Candidates candidates, ScannedSentence s, int from, int to) {
        List<Word> words = s.words();
        List<Candidate> inside = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Optional<Candidate> c = candidates.at(s.index(), i);
            if (c.isPresent() && !inside.contains(c.get())) {
                inside.add(c.get());
            }
        }
        int title = cues.titleLength(words, from, to);
        if (inside.size() != 1 || title > 0 && !(from + title < to && given(words.get(from + title)))) {
            return false; // a title then a given name: "General Abdel Fattah al-Burhan" is the person's name
        }
        Candidate known = inside.get(0);
        while (from < known.from() && (cues.isDemonym(words.get(from).lower()) || cues.isStopword(words.get(from).lower()))) {
            from++; // "Iraqi Popular Mobilization Units militias" is the known group
        }
        boolean group = known.type() == EntityType.ARMED_GROUP || known.type() == EntityType.ORGANIZATION;
        boolean enclosed = known.from() > from + title && known.to() < to;
        boolean groupAfter = to < words.size() && !words.get(to).isCapitalized()
                && cues.after(words.get(to).lower()) != null && known.from() > from;
        if (!group || known.from() < from || known.to() > to || !(enclosed || groupAfter)) {
            return false;
        }
        candidates.remove(known);
        if (!analyse(candidates, s, from, to)) {
            candidates.add(known);
        }
        return true;
    }

    /** Types a span of name words by its cues and adds it when the evidence suffices. */
    private boolean analyse(Candidates candidates, ScannedSentence s, int chunkFrom, int chunkTo) {
        List<Word> words = s.words();
        int a = chunkFrom;
        int b = chunkTo;
        while (a < b && (cues.isStopword(words.get(a).lower())
                || isConnector(words.get(a)) && !(NameChunks.isArticle(words.get(a)) && a + 1 < b
                && words.get(a + 1).gapBefore() == Word.Gap.HYPHEN))) {
            a++;
        }
        while (b > a && (isConnector(words.get(b - 1))
                || cues.isStopword(words.get(b - 1).lower()) && !NameChunks.afterArticle(words, b - 1)
                && !neighbours.closesPersonName(words, a, b - 1, given(words.get(a))))) {
            b--;
        }
        if (a >= b) {
            return false;
        }
        Optional<EntityType> head = heads.headType(words, a, b);
        Optional<EntityType> first = cues.first(words.get(a).lower());
        if (head != null && head.isEmpty() || first != null && first.isEmpty()) {
            return false; // an operation, a war, an agreement ...
        }
        boolean organizational = head != null && head.get() != EntityType.PERSON;
        if (NameChunks.isOrdinal(words.get(a)) && !organizational) {
            return false; // "30th Brigade" is a unit; "21st Century" is not a name
        }
        boolean titled = false;
        if (!organizational) {
            // "Iranian National Security Advisor Ali X": demonyms and titles, in any order
            boolean stripped = true;
            while (stripped && a < b) {
                stripped = false;
                int t = cues.titleLength(words, a, b);
                if (t > 0) {
                    if (t == b - a) {
                        return false; // only a title
                    }
                    titled = true;
                    a += t;
                    while (a < b - 1 && isConnector(words.get(a)) && !NameChunks.isArticle(words.get(a))) {
                        a++; // "Commander-in-Chief of the Armed Forces": no name after the title
                        titled = false;
                    }
                    stripped = true;
                } else if (a < b - 1 && cues.isDemonym(words.get(a).lower())) {
                    a++;
                    stripped = true;
                }
            }
        }
        while (b > a + 1 && (cues.isDemonym(words.get(b - 1).lower()) || isConnector(words.get(b - 1)))) {
            b--; // a name does not end in "of the Iraqi"
        }
        int count = b - a;
        if (count == 1 && cues.isDemonym(words.get(a).lower())) {
            return false;
        }

        EntityType suffix = null;
        EntityType after = null;
        int suffixWords = 0;
        if (b < words.size() && words.get(b).gapBefore() == Word.Gap.SPACE && !words.get(b).isCapitalized()) {
            // "Khurmala oil field", "Tal Afar air base": a two-word suffix before a one-word one
            if (b + 1 < words.size() && words.get(b + 1).gapBefore() == Word.Gap.SPACE
                    && !words.get(b + 1).isCapitalized()) {
                suffix = cues.suffix(words.get(b).lower() + " " + words.get(b + 1).lower());
                suffixWords = suffix == null ? 0 : 2;
            }
            if (suffix == null) {
                suffix = cues.suffix(words.get(b).lower());
                suffixWords = suffix == null ? 0 : 1;
            }
            after = cues.after(words.get(b).lower());
        }
        boolean role = neighbours.roleBefore(words, chunkFrom);
        ChunkSurroundings around = new ChunkSurroundings(candidates, s);
        boolean byline = around.byline(chunkFrom);
        boolean quoted = around.quoted(chunkFrom, chunkTo);
        boolean appositive = neighbours.appositive(s, b);
        EntityType before = neighbours.nounBefore(words, chunkFrom);
        boolean locative = around.locative(chunkFrom);
        boolean placeAppositive = around.placeAppositive(b);
        boolean besideTown = around.besideTown(chunkFrom, chunkTo);
        boolean given = cues.isGivenName(gazetteers.normalizer().canonicalWord(words.get(a).folded()));
        boolean particles = false;
        for (int i = a; i < b; i++) {
            particles |= NAME_PARTICLES.contains(words.get(i).lower());
        }

        EntityType type;
        UnknownNames.Typed typed = null;
        if (organizational) {
            type = heads.organizational(head.get(), before, words, a, b);
        } else if (suffix != null) {
            type = suffix;
        } else if (first != null) {
            type = first.get(); // "Wadi Houran area", "Camp Taji area": the name's own word tells more
        } else if (after != null) {
            type = after;
        } else if (titled || role || byline || appositive || NameNeighbours.nicknamed(s, a, b)
                || appositions.aged(s, b) || appositions.afterPersonPhrase(s, chunkFrom)) {
            type = EntityType.PERSON;
        } else if (before != null) {
            type = before;
        } else if ((locative || besideTown) && !given || placeAppositive) {
            type = EntityType.CITY;
        } else if ((given || particles || count >= 2 && count <= 3 && !NameNeighbours.endsInCommonPlural(s, b - 1))
                && !NameNeighbours.hasDigit(words, a, b) || count >= 4) { // "Typhoon FGR4", "Su-35": a model number is no name
            typed = unknownNames.type(s, a, b);
            type = typed.type();
        } else {
            return false;
        }
        boolean strongCue = organizational || suffix != null || after != null || first != null || titled;
        boolean cue = strongCue || role || byline && count >= 2 || appositive || before != null
                || locative && placeAppositive || besideTown;
        if (count == 1 && (!cue || organizational)) {
            // a lone word needs a cue, and a head word ("Ministry") is no name by itself
            return false;
        }
        // title case capitalises common nouns too ("Air Defence Post"): only a titled name or a byline
        if (s.titleCase() && (count < 2 || !(titled || byline))) {
            return false;
        }
        if (quoted && !strongCue) {
            return false; // a quoted title: a ship, a film, a slogan
        }
        if (type == EntityType.PERSON && count > LONGEST_PERSON_NAME || count > LONGEST_NAME) {
            return false;
        }
        int end = b + suffixWords;
        return candidates.add(new Candidate(s.index(), a, end, words.get(a).begin(), words.get(end - 1).end(), type,
                LAYER, Optional.empty(), typed == null ? OptionalDouble.empty() : OptionalDouble.of(typed.confidence())));
    }
}
