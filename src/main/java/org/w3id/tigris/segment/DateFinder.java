package org.w3id.tigris.segment;

import org.w3id.tigris.lexicon.TsvResource;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the calendar dates written in datelines and bylines ({@code April 23rd, 2020},
 * {@code 23 April 2020}, {@code Feb. 08, 2024}, {@code 11/22/2023}, {@code 2023-11-22}) and
 * tells a dateline (a line that is a date and little else) from prose that mentions a date.
 * Month, weekday and filler words come from {@code segment/dates.tsv}. Immutable.
 */
final class DateFinder {
    static final String RESOURCE = "segment/dates.tsv";
    /** A dateline may hold this many words besides its date, weekday and filler words ("Baghdad"). */
    private static final int MAX_OTHER_WORDS = 2;
    private static final int MAX_DATELINE_WORDS = 14;
    private static final int MAX_YEARLESS_WORDS = 5;
    private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    /** ... or this many when its date stands in a field of its own ("Mogadishu - 2 December 2026 - Staff reporter"). */
    private static final int MAX_FIELD_LINE_WORDS = 8;
    /** A date field's label ("Date of issue:") may hold this many words. */
    private static final int MAX_LABEL_WORDS = 3;
    /** A wire lede's dateline ("KYIV, Monday 16 November 2026 (EFP) - …") ends within this many characters. */
    private static final int MAX_LEDE_DATELINE = 120;
    private static final Pattern LEDE_DASH = Pattern.compile("\\s[-–—]+\\s");
    private static final Map<String, Integer> ROMAN_MONTHS = Map.ofEntries(Map.entry("I", 1), Map.entry("II", 2),
            Map.entry("III", 3), Map.entry("IV", 4), Map.entry("V", 5), Map.entry("VI", 6), Map.entry("VII", 7),
            Map.entry("VIII", 8), Map.entry("IX", 9), Map.entry("X", 10), Map.entry("XI", 11), Map.entry("XII", 12));
    // separators of a dateline's fields: a comma, a bar, a bullet, a parenthesis, a dash between spaces
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[,|•·()]|\\s[-–—]+\\s|^[-–—]+\\s|\\s[-–—]+$");
    private static final Pattern SLASH_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/\\d{4}\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?,?\\s+$");
    private static final Pattern BYLINE_TAIL = Pattern.compile("\\s[-–—|]+\\s+[Bb][Yy]\\s+\\p{Lu}");

    /** A date found in a text, and where. */
    record Found(LocalDate date, int start, int end) {
    }

    private final Map<String, Integer> months;
    /** weekday names and abbreviations, 1 (Monday) .. 7 */
    private final Map<String, Integer> weekdays;
    private final Set<String> fillers;
    private final Set<String> particles;
    private final List<Pattern> patterns;
    private final List<Pattern> yearless;

    private DateFinder(Map<String, Integer> months, Map<String, Integer> weekdays, Set<String> fillers, Set<String> particles) {
        this.months = Map.copyOf(months);
        this.weekdays = Map.copyOf(weekdays);
        this.fillers = Set.copyOf(fillers);
        this.particles = Set.copyOf(particles);
        String month = "(?<month>" + months.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")) + ")";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.patterns = List.of(
                Pattern.compile("\\b" + month + "\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b,?\\s*(?<year>\\d{4})\\b", flags),
                // "23 April 2020", "23rd of April, 2020", "8 de noviembre de 2026"
                Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:(?:of|de)\\s+)?" + month
                        + "(?![\\p{L}])\\.?,?\\s+(?:del?\\s+)?(?<year>\\d{4})\\b", flags),
                // day-month-year with dashes, as European and African sites write it ("04-11-2026")
                Pattern.compile("\\b(?<day>\\d{1,2})-(?<num>\\d{1,2})-(?<year>\\d{4})\\b"),
                // a Roman month ("29.IX.2026"), common in Eastern European datelines
                Pattern.compile("\\b(?<day>\\d{1,2})\\.(?<roman>X?I{1,3}|IV|VI{0,3}|IX|X)\\.(?<year>\\d{4})\\b"),
                Pattern.compile("\\b(?<year>\\d{4})-(?<num>\\d{1,2})-(?<day>\\d{1,2})\\b"),
                Pattern.compile("\\b(?<us1>\\d{1,2})/(?<us2>\\d{1,2})/(?<year>\\d{4})\\b"),
                Pattern.compile("\\b(?<day>\\d{1,2})\\.(?<num>\\d{1,2})\\.(?<year>\\d{4})\\b"));
        // a day without its year at the end of an index item's label: "Nov 23", "November 29",
        // "Sun 6 Dec", "Wed 25.11"
        this.yearless = List.of(
                Pattern.compile("\\b" + month + "\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s*$", flags),
                Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+" + month + "\\.?\\s*$", flags),
                Pattern.compile("(?<![\\d.])(?<day>\\d{1,2})\\.(?<num>\\d{1,2})\\.?\\s*$"));
    }

    static DateFinder load() {
        Map<String, Integer> months = new HashMap<>();
        Map<String, Integer> weekdays = new HashMap<>();
        Set<String> fillers = new HashSet<>();
        Set<String> particles = new HashSet<>();
        for (String[] row : TsvResource.rows(RESOURCE, 3)) {
            String word = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "month" -> months.put(word, Integer.parseInt(row[2]));
                case "weekday" -> weekdays.put(word, Integer.parseInt(row[2]));
                case "filler" -> fillers.add(word);
                case "particle" -> particles.add(word);
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row[0]);
            }
        }
        return new DateFinder(months, weekdays, fillers, particles);
    }

    /** The first valid date written in {@code text}. */
    Optional<Found> find(String text) {
        Found best = null;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (best != null && m.start() >= best.start())
                    break;
                Optional<LocalDate> date = date(m, text);
                if (date.isPresent()) {
                    best = new Found(date.get(), m.start(), m.end());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The day and month a short label line ends with when it gives no year ("MEXICO - Wed 25.11",
     * "PHILIPPINES November 29", "TOGO • Sun 6 Dec"), or empty. The year is the page's to give.
     */
    Optional<MonthDay> yearlessDate(String line) {
        if (words(line).size() > MAX_FIELD_LINE_WORDS)
            return Optional.empty();
        for (Pattern pattern : yearless) {
            Matcher m = pattern.matcher(line);
            if (!m.find())
                continue;
            int month = hasGroup(m, "month") ? months.getOrDefault(m.group("month").toLowerCase(Locale.ROOT), 0)
                    : Integer.parseInt(m.group("num"));
            int day = Integer.parseInt(m.group("day"));
            if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength())
                return Optional.empty();
            return Optional.of(MonthDay.of(month, day));
        }
        return Optional.empty();
    }

    /** The reading of a day and month nearest a date of the same page (an index's items lie within weeks). */
    static LocalDate nearestYear(MonthDay day, LocalDate page) {
        LocalDate date = day.atYear(page.getYear());
        if (date.isAfter(page.plusMonths(6)))
            return day.atYear(page.getYear() - 1);
        return date.isBefore(page.minusMonths(6)) ? day.atYear(page.getYear() + 1) : date;
    }

    /**
     * The date of a line that is a dateline: a date, perhaps a weekday, time or place, and little
     * else. A dateline that runs into its byline ("GOMA, Democratic Republic of Congo, Nov. 3, 2026 -
     * By …") is judged without the byline.
     */
    Optional<LocalDate> dateline(String line) {
        Matcher byline = BYLINE_TAIL.matcher(line);
        String head = byline.find() ? line.substring(0, byline.start()) : line;
        Optional<Found> found = find(head);
        if (found.isEmpty() || words(head).size() > MAX_DATELINE_WORDS)
            return Optional.empty();
        Found f = found.get();
        int others = otherWords(head.substring(0, f.start()) + " " + head.substring(f.end()));
        if (others <= MAX_OTHER_WORDS)
            return Optional.of(f.date());
        // "Mogadishu - 2 December 2026 - Staff reporter", "Evening bulletin, Tuesday 13/10/2026 - transcript":
        // a few more words when the date stands in a field of its own, set apart by punctuation, and
        // the line is no sentence
        boolean sentence = head.strip().endsWith(".");
        return others <= MAX_FIELD_LINE_WORDS && !sentence && ownField(head, f)
                ? Optional.of(f.date()) : Optional.empty();
    }

    /**
     * The date of a wire lede's dateline, the opening of a prose paragraph up to a spaced dash:
     * places in capitals or capitalised, a date, perhaps an agency in parentheses ("ODESA,
     * Tuesday 3 June 2025 (NWA) - Missiles struck …"). A lower-case word other than a particle of
     * a place's name ("Republic of Congo") makes the opening prose.
     */
    Optional<LocalDate> ledeDateline(String paragraph) {
        Matcher dash = LEDE_DASH.matcher(paragraph);
        if (!dash.find() || dash.start() > MAX_LEDE_DATELINE)
            return Optional.empty();
        String head = paragraph.substring(0, dash.start());
        for (String word : words(head)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(word.charAt(0)) && !particles.contains(w) && !quiet(word))
                return Optional.empty();
        }
        return dateline(head);
    }

    /**
     * Whether a line is a day without a year, alone: "Oct. 22", "Fri 27.11", "15-16 Nov",
     * "Sun 8 Nov" (briefs pages set one under each item's headline). Only date words and numbers,
     * a month, a weekday or a day.month among them, and a number.
     */
    boolean isYearlessDateLine(String line) {
        List<String> words = words(line);
        if (words.isEmpty() || words.size() > MAX_YEARLESS_WORDS || line.strip().endsWith("."))
            return false;
        boolean dateWord = false;
        boolean number = false;
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[.:]+$", "");
            boolean dayMonth = DAY_MONTH.matcher(w).matches();
            if (!quiet(word) && !dayMonth)
                return false;
            dateWord |= dayMonth || months.containsKey(w) || weekdays.containsKey(w);
            number |= dayMonth || !w.isEmpty() && w.chars().allMatch(Character::isDigit);
        }
        return dateWord && number;
    }

    /** Words that are neither date words (weekday, month, filler), numbers nor times. */
    private int otherWords(String text) {
        int others = 0;
        for (String word : words(text))
            if (!quiet(word))
                others++;
        return others;
    }

    private boolean quiet(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith(".") || w.endsWith(":"))
            w = w.substring(0, w.length() - 1); // "Published:", "Feb."
        return w.isEmpty() || weekdays.containsKey(w) || fillers.contains(w) || months.containsKey(w)
                || w.chars().allMatch(Character::isDigit)
                || w.matches("\\d{1,2}:\\d{2}(am|pm)?");
    }

    /** Whether only date words stand between the date and the field separators on either side. */
    private boolean ownField(String line, Found f) {
        Matcher before = FIELD_SEPARATOR.matcher(line.substring(0, f.start()));
        int from = 0;
        while (before.find())
            from = before.end();
        Matcher after = FIELD_SEPARATOR.matcher(line.substring(f.end()));
        int to = after.find() ? f.end() + after.start() : line.length();
        String lead = line.substring(from, f.start()).strip();
        // "Date of issue: 6 Nov 2026": a field's label is no other word
        boolean label = lead.endsWith(":") && words(lead).size() <= MAX_LABEL_WORDS;
        return (label || otherWords(lead) == 0) && otherWords(line.substring(f.end(), to)) == 0;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}.:]+"))
            if (!w.isEmpty() && w.chars().anyMatch(Character::isLetterOrDigit))
                words.add(w);
        return words;
    }

    private Optional<LocalDate> date(Matcher m, String text) {
        try {
            int year = Integer.parseInt(m.group("year"));
            if (year < 1900 || year > 2100)
                return Optional.empty();
            int month;
            int day;
            if (hasGroup(m, "us1")) {
                int first = Integer.parseInt(m.group("us1"));
                int second = Integer.parseInt(m.group("us2"));
                // month/day/year as US sites write it, unless the first number cannot be a month or
                // the weekday before the date names the day of the other reading ("Saturday 05/12/2026")
                boolean dayFirst = first > 12 || second <= 12 && weekdayBefore(text, m.start())
                        .filter(w -> w == dayOfWeek(year, second, first) && w != dayOfWeek(year, first, second))
                        .isPresent();
                month = dayFirst ? second : first;
                day = dayFirst ? first : second;
            } else if (hasGroup(m, "roman")) {
                month = ROMAN_MONTHS.get(m.group("roman"));
                day = Integer.parseInt(m.group("day"));
            } else {
                month = hasGroup(m, "month") ? months.get(m.group("month").toLowerCase(Locale.ROOT))
                        : Integer.parseInt(m.group("num"));
                day = Integer.parseInt(m.group("day"));
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a line holds a slash date whose two numbers could each be the month ("07/11/2026"). */
    static boolean readsBothWays(String line) {
        Matcher m = SLASH_DATE.matcher(line);
        if (!m.find())
            return false;
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12;
    }

    /**
     * A slash date read one way, or the other way when only that one falls within the month
     * before {@code page} (the date of the page that lists it).
     */
    static LocalDate nearestReadingBefore(LocalDate date, LocalDate page) {
        if (date.getDayOfMonth() > 12)
            return date;
        LocalDate other = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        return !withinMonthBefore(date, page) && withinMonthBefore(other, page) ? other : date;
    }

    private static boolean withinMonthBefore(LocalDate date, LocalDate page) {
        return !date.isAfter(page) && !date.isBefore(page.minusDays(31));
    }

    /** The weekday (1 = Monday) named by the word just before {@code at}, if it is one. */
    private Optional<Integer> weekdayBefore(String text, int at) {
        Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 24), at));
        return w.find() ? Optional.ofNullable(weekdays.get(w.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** The weekday of a date (1 = Monday), or 0 when there is no such date. */
    private static int dayOfWeek(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek().getValue();
        } catch (DateTimeException e) {
            return 0;
        }
    }

    private static boolean hasGroup(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
