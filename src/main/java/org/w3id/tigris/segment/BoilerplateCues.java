package org.w3id.tigris.segment;

import org.w3id.tigris.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The boilerplate cues of {@code segment/boilerplate.tsv}. Immutable. */
final class BoilerplateCues {
    static final String RESOURCE = "segment/boilerplate.tsv";
    static final int SHORT_WORDS = 20;

    private static final Pattern READER = Pattern.compile("\\b(you|your|yours)\\b");

    private enum Match { EXACT, PREFIX, CONTAINS }

    private enum Scope { SHORT, APPEAL }

    /** A cue that matched, and whether it is boilerplate whatever follows it. */
    record Hit(String reason, boolean strong) {
    }

    private record Cue(String reason, Match match, Scope scope, boolean strong, String phrase, boolean wordPrefix) {
    }

    private final List<Cue> cues;

    private BoilerplateCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static BoilerplateCues load() {
        List<Cue> cues = new ArrayList<>();
        for (String[] row : TsvResource.rows(RESOURCE, 5)) {
            String phrase = row[4].toLowerCase(Locale.ROOT);
            boolean wordPrefix = phrase.endsWith("*");
            if (wordPrefix)
                phrase = phrase.substring(0, phrase.length() - 1);
            cues.add(new Cue(row[0], Match.valueOf(row[1].toUpperCase(Locale.ROOT)),
                    Scope.valueOf(row[2].toUpperCase(Locale.ROOT)), "strong".equals(row[3]), phrase, wordPrefix));
        }
        return new BoilerplateCues(cues);
    }

    /** The first cue a paragraph matches: strong cues are preferred over weak ones. */
    Optional<Hit> match(Paragraph paragraph) {
        String text = normalize(paragraph.text());
        boolean isShort = paragraph.words() <= SHORT_WORDS;
        boolean addressesReader = READER.matcher(text).find();
        Hit weak = null;
        for (Cue cue : cues) {
            if (cue.scope() == Scope.SHORT && !isShort)
                continue;
            if (cue.scope() == Scope.APPEAL && !addressesReader)
                continue;
            if (matches(cue, text)) {
                if (cue.strong())
                    return Optional.of(new Hit(cue.reason(), true));
                if (weak == null)
                    weak = new Hit(cue.reason(), false);
            }
        }
        return Optional.ofNullable(weak);
    }

    private static boolean matches(Cue cue, String text) {
        switch (cue.match()) {
            case EXACT:
                return stripSymbols(text).equals(cue.phrase());
            case PREFIX: {
                String stripped = stripLeadingSymbols(text);
                return stripped.startsWith(cue.phrase()) && boundaryAfter(cue, stripped, cue.phrase().length());
            }
            default: {
                int from = 0;
                while (true) {
                    int at = text.indexOf(cue.phrase(), from);
                    if (at < 0)
                        return false;
                    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                    if (before && boundaryAfter(cue, text, at + cue.phrase().length()))
                        return true;
                    from = at + 1;
                }
            }
        }
    }

    private static boolean boundaryAfter(Cue cue, String text, int end) {
        return cue.wordPrefix() || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F]+", " ").strip();
    }

    private static String stripLeadingSymbols(String text) {
        int b = 0;
        while (b < text.length() && !Character.isLetterOrDigit(text.charAt(b)))
            b++;
        return text.substring(b);
    }

    private static String stripSymbols(String text) {
        int e = text.length();
        while (e > 0 && !Character.isLetterOrDigit(text.charAt(e - 1)))
            e--;
        return stripLeadingSymbols(text.substring(0, e));
    }
}
