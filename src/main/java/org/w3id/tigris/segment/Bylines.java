package org.w3id.tigris.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a one-line byline: the bar form index pages put after each item
 * ({@code By A | April 23rd, 2020 | Iraq |}) and the plain form ({@code By A and B, March 3, 2024}).
 * Its names are kept only when every one of them looks like a name, so that a sentence opening
 * with "By" is not taken for a byline.
 */
final class Bylines {
    private static final int MAX_BYLINE_WORDS = 14;
    private static final Pattern BAR_BYLINE = Pattern.compile("^[Bb][Yy]\\b[^|]*\\|([^|]*)\\|.*$");
    private static final Pattern NAME_BYLINE = Pattern.compile("^[Bb][Yy]\\s+(\\S.*)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b|\\|)\\s*");

    /** A byline read: its form, names (the plain form's), their offsets and its date. */
    record Byline(boolean bar, List<String> names, List<NameSpan> nameSpans, Optional<LocalDate> date) {}

    private final DateFinder dates;

    Bylines(DateFinder dates) {
        this.dates = dates;
    }

    /** The byline this paragraph is, if it is one. */
    Optional<Byline> read(Paragraph p) {
        if (p.lines() != 1)
            return Optional.empty();
        String text = p.text();
        Matcher bar = BAR_BYLINE.matcher(text);
        if (bar.matches()) {
            // "By A | Baghdad | August 20, 2025 | 9 min read": the date may stand in any later field
            Optional<LocalDate> date = dates.find(bar.group(1)).or(() -> dates.find(text.substring(text.indexOf('|'))))
                    .map(DateFinder.Found::date);
            return Optional.of(new Byline(true, List.of(), nameSpans(p, text, 2, text.indexOf('|')), date));
        }
        Matcher plain = NAME_BYLINE.matcher(text);
        if (!plain.matches() || p.words() > MAX_BYLINE_WORDS)
            return Optional.empty();
        List<String> names = names(plain.group(1));
        if (names.isEmpty())
            return Optional.empty();
        Optional<DateFinder.Found> date = dates.find(text);
        int namesEnd = date.map(DateFinder.Found::start).orElse(text.length());
        return Optional.of(new Byline(false, names, nameSpans(p, text, plain.start(1), namesEnd),
                date.map(DateFinder.Found::date)));
    }

    /** The offsets of the names in {@code text[from, to)} of a byline paragraph; none unless all look like names. */
    private static List<NameSpan> nameSpans(Paragraph p, String text, int from, int to) {
        if (from >= to || to > text.length()) {
            return List.of();
        }
        List<NameSpan> spans = new ArrayList<>();
        Matcher separator = NAME_SEPARATOR.matcher(text).region(from, to);
        int start = from;
        while (true) {
            boolean found = separator.find();
            int end = found ? separator.start() : to;
            String name = text.substring(start, end);
            int lead = name.length() - name.stripLeading().length();
            String stripped = name.strip();
            if (!stripped.isEmpty()) {
                if (!looksLikeName(stripped)) {
                    return List.of();
                }
                spans.add(new NameSpan(p.begin() + start + lead, p.begin() + start + lead + stripped.length()));
            }
            if (!found) {
                break;
            }
            start = separator.end();
        }
        return spans;
    }

    /** The names of a byline after its "By": up to its date, split at commas and "and". */
    private List<String> names(String afterBy) {
        Optional<DateFinder.Found> date = dates.find(afterBy);
        String names = date.map(d -> afterBy.substring(0, d.start())).orElse(afterBy);
        List<String> result = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(names.strip())) {
            String n = name.strip();
            if (n.isEmpty())
                continue;
            if (!looksLikeName(n))
                return List.of();
            result.add(n);
        }
        return result;
    }

    /** Two to five words, each capitalised or a short particle ("al", "bin", "de"), no digits. */
    static boolean looksLikeName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 1 || words.length > 5)
            return false;
        int capitalised = 0;
        for (String w : words) {
            if (w.chars().anyMatch(Character::isDigit))
                return false;
            if (Character.isUpperCase(w.charAt(0)))
                capitalised++;
            else if (w.length() > 3 && !w.contains("-"))
                return false;
        }
        return capitalised >= 1 && (words.length >= 2 || capitalised == 1);
    }
}
