package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a document's first line opens with, its masthead: an outlet ("SAVANNA DISPATCH",
 * "THE VALLEY CHRONICLE | Srinagar edition", "Zambezi Today - LIVE") or the issuing body of a
 * release ("REPUBLIC OF CAMEROON"). Written in capitals or title case, it is no sentence the
 * layers trust, so they leave it or take a place inside it ("CAUCASUS" of "CAUCASUS MONITOR").
 * The line's first field (up to a bar, a spaced dash, a parenthesis, a colon or a number)
 * is taken when each of its two to seven words is capitalised or a particle (in title case, a
 * field alone on its line has at most four words, as headlines have more) and either its
 * head word types it (the cue table's head words: Ledger, Monitor, Wire, Radio …) or the
 * whole field is a known actor or country. A headline has lower-case words, or no such head.
 */
final class MastheadNames {
    static final String LAYER = "masthead";
    private static final Pattern FIELD = Pattern.compile("\\s+[-\u2013\u2014|]\\s|\\s*[(:]|\\s+\\d");
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M}'\u2019&.\\- ]+");
    private static final int MOST_WORDS = 7;
    /** A title-case field this long or shorter may stand alone on its line ("Gulf & Levant Monitor"). */
    private static final int SHORT = 4;

    private final Gazetteers gazetteers;
    private final HeadWords heads;

    MastheadNames(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
        this.heads = new HeadWords(gazetteers);
    }

    /** {@code mentions} with the masthead's name in place of any mention inside it. */
    List<Mention> apply(String text, List<Mention> mentions) {
        int begin = 0;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int lineEnd = text.indexOf('\n', begin);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        Matcher field = FIELD.matcher(text).region(begin, lineEnd);
        int end = field.find() ? field.start() : lineEnd;
        if (end < lineEnd && !closesField(text, field.end(), lineEnd, text.charAt(field.end() - 1))) {
            return mentions; // "The Sinjar Protection Council (SPC) said …", "Sudan: RSF drone strike …": a sentence
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= begin || !NAME_CHARS.matcher(text.substring(begin, end)).matches()) {
            return mentions;
        }
        List<Word> words = gazetteers.scanner().scan(text, begin, end);
        boolean capitals = words.stream().allMatch(w -> w.isAllCaps() || ProperNounLayer.isConnector(w));
        if (!capitals && end == lineEnd && words.size() > SHORT) {
            return mentions; // a title-case headline ("Army Chief Says Rebels Attacked Local Press")
        }
        Optional<Mention> name = name(text, words);
        if (name.isEmpty()) {
            return mentions;
        }
        Mention m = name.get();
        List<Mention> out = new ArrayList<>();
        for (Mention x : mentions) {
            boolean inside = m.begin() <= x.begin() && x.end() <= m.end();
            if (inside && x.begin() == m.begin() && x.end() == m.end()) {
                return mentions; // the layers found it whole
            }
            if (!inside) {
                out.add(x);
            }
        }
        if (out.stream().anyMatch(x -> x.begin() < m.end() && m.begin() < x.end())) {
            return mentions;
        }
        out.add(m);
        return out;
    }

    /**
     * Whether a field's end is a masthead's: a bar, a dash or a number, or a parenthesis closed
     * before the line's end or another field ("EASTERN FRONT PRESS (EFP)"); never a colon.
     */
    private static boolean closesField(String text, int from, int lineEnd, char separator) {
        if (separator == ':') {
            return false;
        }
        if (separator != '(') {
            return true;
        }
        int close = text.indexOf(')', from);
        if (close < 0 || close >= lineEnd) {
            return false;
        }
        String after = text.substring(close + 1, lineEnd);
        return after.isBlank() || FIELD.matcher(after).lookingAt() && !after.strip().startsWith("(");
    }

    private Optional<Mention> name(String text, List<Word> words) {
        if (words.size() < 2 || words.size() > MOST_WORDS) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean particle = ProperNounLayer.isConnector(w) || w.lower().equals("and");
            if (!w.isCapitalized() && !particle || i == 0 && particle && !w.lower().equals("the")) {
                return Optional.empty();
            }
        }
        int begin = words.get(0).begin();
        int end = words.get(words.size() - 1).end();
        Optional<AliasIndex.Match> known = gazetteers.names().longestAt(words, 0)
                .filter(m -> m.to() == words.size());
        if (known.isPresent()) {
            String key = known.get().keys().get(0);
            EntityType type = gazetteers.entry(key).map(GazetteerEntry::type).orElse(EntityType.CITY);
            return type == EntityType.CITY || type == EntityType.REGION ? Optional.empty() // "MIDDLE EAST": a section
                    : Optional.of(new Mention(begin, end, text.substring(begin, end), type, LAYER, Optional.of(key)));
        }
        Optional<EntityType> type = heads.typeByHead(words, 0, words.size()); // "WIRE SERVICE": the pair, and an outlet
        if (type == null || type.isEmpty() || type.get() == EntityType.PERSON || type.get().isLocation()) {
            return Optional.empty();
        }
        return Optional.of(new Mention(begin, end, text.substring(begin, end), type.get(), LAYER, Optional.empty()));
    }
}
