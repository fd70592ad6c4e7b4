package org.w3id.tigris.recognize.typing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The features the typer reads from a name: its words (each, the first, the head, the word
 * before an "of"), their endings, the name's shape and length, and the tokens next to it in
 * its sentence ("said" after it, "in" or "spokesman for" before it), and the type a head word
 * of the cue table gives wherever it stands in the name ("Radio" first in "Radio Okapi"),
 * which lets what the gazetteers teach about such words reach names built otherwise.
 */
public final class NameFeatures {
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stated", "announced",
            "claimed", "denied", "warned");

    private final Function<String, Optional<String>> headCue;
    private final Predicate<String> givenName;

    /** @param headCue the type (local name) a lower-case head word gives, if it is one */
    public NameFeatures(Function<String, Optional<String>> headCue) {
        this(headCue, word -> false);
    }

    /**
     * @param givenName whether a lower-case word is a known given name: a name opened by one
     *                  ("Griselda Armenta") is a person's far more often than a place's, which
     *                  the word's own features cannot tell for a name the examples never had
     */
    public NameFeatures(Function<String, Optional<String>> headCue, Predicate<String> givenName) {
        this.headCue = headCue;
        this.givenName = givenName;
    }

    /** The feature strings of a name. */
    public String[] of(NameInContext n) {
        Set<String> f = new LinkedHashSet<>();
        List<String> parts = parts(n.words());
        int count = n.words().size();
        f.add("len=" + Math.min(count, 5));
        for (String p : parts) {
            f.add("w=" + p);
            headCue.apply(p).ifPresent(t -> f.add("cue=" + t));
            if (p.length() >= 5) {
                f.add("suf3=" + p.substring(p.length() - 3));
            }
        }
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        f.add("first=" + first);
        f.add("last=" + last);
        f.add("lastsuf3=" + suffix(last, 3));
        f.add("lastsuf2=" + suffix(last, 2));
        f.add("firstsuf3=" + suffix(first, 3));
        // longer and shorter endings and the opening letters tell a culture's given names and
        // surnames ("-enko", "-ović", "-yan"; "Kw-", "Ng-") from towns where the words are unknown
        f.add("lastsuf4=" + suffix(last, 4));
        f.add("firstsuf2=" + suffix(first, 2));
        f.add("firstpre2=" + prefix(first, 2));
        f.add("lastpre2=" + prefix(last, 2));
        headCue.apply(first).ifPresent(t -> f.add("firstcue=" + t));
        if (parts.size() >= 2 && givenName.test(first)) {
            f.add("given");
        }
        if (parts.size() >= 2) {
            f.add("last2=" + parts.get(parts.size() - 2) + "_" + last);
            f.add("first2=" + first + "_" + parts.get(1));
        }
        int of = parts.indexOf("of");
        if (of > 0) {
            f.add("headof=" + parts.get(of - 1));
            f.add("hasof");
        }
        f.add("shape=" + shape(n.words()));
        String name = n.name();
        if (name.chars().anyMatch(Character::isDigit)) {
            f.add("digit");
        }
        if (name.contains("'s ") || name.contains("\u2019s ")) {
            f.add("possessive");
        }
        if (name.indexOf('-') > 0) {
            f.add("hyphen");
        }
        context(n, f);
        return f.toArray(String[]::new);
    }

    /**
     * Only the nearest token on each side and whether a verb of speech follows: the texts that
     * teach context are few, and wider windows learned chance neighbours.
     */
    private static void context(NameInContext n, Set<String> f) {
        List<String> before = n.before();
        List<String> after = n.after();
        // a comma or a bracket next to a name says little the few training texts can teach
        if (!before.isEmpty() && isWord(before.get(before.size() - 1))) {
            f.add("b1=" + before.get(before.size() - 1));
        }
        if (!after.isEmpty() && isWord(after.get(0))) {
            f.add("a1=" + after.get(0));
        }
        for (String a : after) {
            if (SPEECH.contains(a)) {
                f.add("speaks");
            }
        }
    }

    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.codePointAt(0));
    }

    /** The name's words, folded, split at hyphens ("al-Sudani" is "al" and "sudani"). */
    private static List<String> parts(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            for (String p : NameInContext.fold(w).split("-")) {
                String clean = p.replaceAll("[^\\p{L}\\p{N}']", "");
                if (!clean.isEmpty()) {
                    parts.add(clean);
                }
            }
        }
        if (parts.isEmpty()) {
            parts.add("_");
        }
        return parts;
    }

    private static String prefix(String w, int n) {
        return w.length() <= n ? w : w.substring(0, n);
    }

    private static String suffix(String w, int n) {
        return w.length() <= n ? w : w.substring(w.length() - n);
    }

    /** "Xx Xx-Xx d": each word's case pattern, runs of one kind collapsed. */
    static String shape(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            char prev = 0;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                        : Character.isDigit(c) ? 'd' : Character.isLetter(c) ? 'x' : c;
                if (k != prev) {
                    sb.append(k);
                    prev = k;
                }
            }
        }
        return sb.toString();
    }
}
