package org.w3id.tigris.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a span of text and normalizes them against a reference date
 * (the article's or document's date).
 * <p>
 * Absolute forms ("Feb. 08, 2024", "28 October 2023", "11/22/2023", "2003", "September
 * 2025", "2016-17") need no reference. Relative forms ("on Wednesday", "yesterday",
 * "late last month", "a year ago") and dates without a year ("28 October") are resolved
 * against it and left out when there is none: no date rather than a wrong one. A weekday
 * or a yearless date is the most recent one on or before the reference, as a news report
 * speaks of what has happened, unless the clause speaks of the future ("will … on Monday").
 * <p>
 * Immutable and thread-safe.
 */
public final class DateResolver {
    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER"
            + "|OCTOBER|NOVEMBER|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String MONTH = "(?<month>" + MONTH_NAMES + ")\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String NUMBER = "(?<n>an?|[A-Za-z]+(?:-[a-z]+)?|\\d{1,3})";

    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(?<mm>[01]\\d)-(?<dd>[0-3]\\d)\\b");
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(?<a>[01]?\\d|[23]\\d)/(?<b>[0-3]?\\d)/(?<yy>(?:19|20)\\d{2}|\\d{2})(?![\\d/])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + "\\b(?![.:,]?\\s*\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.,])\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?=\\W|$)");
    // A bare month name only after a word that makes it a date ("in March", "since May").
    private static final Pattern BARE_MONTH = Pattern.compile(
            "\\b(?<cue>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Ee]arly|[Ll]ate"
                    + "|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier in|[Ll]ater in|[Ss]ince early|[Ss]ince late"
                    + "|[Ii]n early|[Ii]n late|[Ii]n mid-)\\s*(?<mo>" + MONTH_NAMES + ")\\b(?!\\s*\\d)");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d$€£,.])" + YEAR + "\\s*[-–/]\\s*(?:(?:19|20)\\d{2}|\\d{2})\\b(?![-/]\\d)");
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "(?<![\\d$€£,./])" + YEAR + "(?!\\d|%|[.,]\\d|\\s*(?:percent|per cent))\\b");
    private static final Pattern DAY_WORD = Pattern.compile(
            "\\b(?<w>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)\\s+)?(?<wd>" + WEEKDAYS
                    + ")(?:'s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "\\b(?:(?<mod>[Ee]arly|[Ee]arlier|[Ll]ate|[Ll]ater|[Mm]id|(?:[Tt]he\\s+)?(?:end|start|beginning|middle)\\s+of)\\s+)?"
                    + "(?<rel>last|this|next|past|the past|Last|This|Next|Past)\\s+(?<unit>week|month|year)\\b");
    private static final Pattern AGO = Pattern.compile(
            "\\b" + NUMBER + "\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b");
    private static final Pattern OFFSET = Pattern.compile(
            "\\b" + NUMBER + "\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>after|before|since)\\b");
    // A clause speaking of what is to come: its weekdays and yearless dates lie ahead.
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|'ll|scheduled|is due|are due|is set to|are set to|plans? to|planned for|upcoming"
                    + "|expected to)\\b[^.;:!?]*$");
    private static final Pattern WORD_BEFORE = Pattern.compile("([A-Za-z']+)[\\s-]*$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+([A-Za-z]+)");
    // Words after which a four-digit number reads as a year even before a plural noun.
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "of", "by", "until", "till", "from",
            "during", "before", "after", "early", "late", "mid", "end", "the", "and", "or", "to", "between",
            "through", "around", "circa", "spring", "summer", "autumn", "fall", "winter", "year", "'s");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private final NumberWords numbers;

    public DateResolver() {
        this(NumberWords.load());
    }

    public DateResolver(NumberWords numbers) {
        this.numbers = numbers;
    }

    /** Every date expression in the whole text, in text order. */
    public List<DateMention> find(String text, Optional<LocalDate> reference) {
        return find(text, 0, text.length(), reference);
    }

    /**
     * Every date expression inside {@code text[begin, end)}, in text order, with offsets into
     * {@code text}. Expressions that need a reference are left out when there is none.
     */
    public List<DateMention> find(String text, int begin, int end, Optional<LocalDate> reference) {
        Scan scan = new Scan(text, begin, end, reference);
        scan.absolute();
        scan.yearless();
        scan.relative();
        return scan.result();
    }

    /** The first date expression of {@code expression}, resolved against {@code reference}. */
    public Optional<DateValue> resolve(String expression, Optional<LocalDate> reference) {
        return find(expression, reference).stream().findFirst().map(DateMention::value);
    }

    static DateValue day(LocalDate date) {
        return new DateValue(date.toString(), DateValue.Precision.DAY);
    }

    static DateValue month(YearMonth month) {
        return new DateValue(month.toString(), DateValue.Precision.MONTH);
    }

    static DateValue year(int year) {
        return new DateValue(String.format(Locale.ROOT, "%04d", year), DateValue.Precision.YEAR);
    }

    /** The most precise value containing every day of {@code [from, to]}; empty across years. */
    static Optional<DateValue> covering(LocalDate from, LocalDate to) {
        if (from.equals(to))
            return Optional.of(day(from));
        if (YearMonth.from(from).equals(YearMonth.from(to)))
            return Optional.of(month(YearMonth.from(from)));
        if (from.getYear() == to.getYear())
            return Optional.of(year(from.getYear()));
        return Optional.empty();
    }

    private static int monthNumber(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** One pass over one span: candidates first, then the longest non-overlapping ones win. */
    private final class Scan {
        private final String text;
        private final int begin;
        private final int end;
        private final Optional<LocalDate> reference;
        private final List<DateMention> candidates = new ArrayList<>();

        Scan(String text, int begin, int end, Optional<LocalDate> reference) {
            this.text = text;
            this.begin = Math.max(0, begin);
            this.end = Math.min(text.length(), end);
            this.reference = reference;
        }

        private Matcher matcher(Pattern pattern) {
            Matcher m = pattern.matcher(text);
            m.region(begin, end);
            m.useTransparentBounds(true);
            return m;
        }

        private void add(int from, int to, Optional<DateValue> value, boolean relative) {
            value.ifPresent(v -> candidates.add(new DateMention(from, to, text.substring(from, to), v, relative)));
        }

        void absolute() {
            for (Matcher m = matcher(ISO); m.find(); )
                add(m.start(), m.end(), dayOf(num(m, "year"), num(m, "mm"), num(m, "dd")), false);
            for (Matcher m = matcher(SLASHED); m.find(); ) {
                int a = num(m, "a");
                int b = num(m, "b");
                int y = num(m, "yy");
                if (y < 100)
                    y += 2000;
                // month first as in US usage, unless the first number cannot be a month
                Optional<DateValue> v = a <= 12 ? dayOf(y, a, b) : dayOf(y, b, a);
                add(m.start(), m.end(), v, false);
            }
            for (Matcher m = matcher(MONTH_DAY_YEAR); m.find(); )
                add(m.start(), m.end(), dayOf(num(m, "year"), monthNumber(m.group("month")), num(m, "day")), false);
            for (Matcher m = matcher(DAY_MONTH_YEAR); m.find(); )
                add(m.start(), m.end(), dayOf(num(m, "year"), monthNumber(m.group("month")), num(m, "day")), false);
            for (Matcher m = matcher(MONTH_YEAR); m.find(); )
                add(m.start(), m.end(),
                        Optional.of(month(YearMonth.of(num(m, "year"), monthNumber(m.group("month"))))), false);
            for (Matcher m = matcher(YEAR_RANGE); m.find(); )
                add(m.start(), m.end(), Optional.of(year(num(m, "year"))), false);
            for (Matcher m = matcher(YEAR_ALONE); m.find(); )
                if (readsAsYear(m.start(), m.end()))
                    add(m.start(), m.end(), Optional.of(year(num(m, "year"))), false);
        }

        void yearless() {
            if (reference.isEmpty())
                return;
            LocalDate ref = reference.get();
            for (Matcher m = matcher(MONTH_DAY); m.find(); )
                add(m.start(), m.end(), inferYear(monthNumber(m.group("month")), num(m, "day"), future(m.start())), true);
            for (Matcher m = matcher(DAY_MONTH); m.find(); )
                add(m.start(), m.end(), inferYear(monthNumber(m.group("month")), num(m, "day"), future(m.start())), true);
            for (Matcher m = matcher(BARE_MONTH); m.find(); ) {
                String cue = m.group("cue").toLowerCase(Locale.ROOT);
                int month = monthNumber(m.group("mo"));
                YearMonth current = YearMonth.from(ref);
                YearMonth candidate = YearMonth.of(ref.getYear(), month);
                if (cue.equals("last")) {
                    if (!candidate.isBefore(current))
                        candidate = candidate.minusYears(1);
                } else if (cue.equals("next") || future(m.start())) {
                    if (!candidate.isAfter(current))
                        candidate = candidate.plusYears(1);
                } else if (!cue.equals("this") && candidate.isAfter(current)) {
                    candidate = candidate.minusYears(1);
                }
                boolean modifierInSpan = cue.matches("early|late|mid-|last|next|this");
                int from = modifierInSpan ? m.start() : m.start("mo");
                add(from, m.end(), Optional.of(month(candidate)), true);
            }
        }

        void relative() {
            if (reference.isEmpty())
                return;
            LocalDate ref = reference.get();
            for (Matcher m = matcher(DAY_WORD); m.find(); ) {
                String w = m.group("w").toLowerCase(Locale.ROOT);
                LocalDate d = switch (w) {
                    case "yesterday", "last night" -> ref.minusDays(1);
                    case "tomorrow" -> ref.plusDays(1);
                    default -> ref;
                };
                add(m.start(), m.end(), Optional.of(day(d)), true);
            }
            for (Matcher m = matcher(WEEKDAY); m.find(); ) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
                String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
                LocalDate d;
                if (mod.equals("next"))
                    d = ref.with(TemporalAdjusters.next(dow));
                else if (mod.equals("last"))
                    d = ref.with(TemporalAdjusters.previous(dow));
                else if (mod.equals("this"))
                    d = ref.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(dow));
                else if (future(m.start()))
                    d = ref.with(TemporalAdjusters.nextOrSame(dow));
                else
                    d = ref.with(TemporalAdjusters.previousOrSame(dow));
                add(m.start(), m.end(), Optional.of(day(d)), true);
            }
            for (Matcher m = matcher(RELATIVE_PERIOD); m.find(); ) {
                String rel = m.group("rel").toLowerCase(Locale.ROOT);
                int step = switch (rel) {
                    case "last", "past", "the past" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
                // "the past week" is the seven days up to the reference, not the calendar week before
                boolean trailing = rel.endsWith("past");
                add(m.start(), m.end(), period(ref, m.group("unit"), step, trailing), true);
            }
            for (Matcher m = matcher(AGO); m.find(); ) {
                OptionalInt n = count(m.group("n"));
                if (n.isEmpty())
                    continue;
                add(m.start(), m.end(), shifted(ref, m.group("unit"), -n.getAsInt()), true);
            }
        }

        /** "20 years after" takes its anchor from a date that follows closely ("… the 2003 invasion"). */
        private void offsets(List<DateMention> found) {
            for (Matcher m = matcher(OFFSET); m.find(); ) {
                OptionalInt n = count(m.group("n"));
                if (n.isEmpty())
                    continue;
                int sign = m.group("dir").equals("before") ? -1 : 1;
                for (DateMention anchor : found) {
                    if (anchor.begin() < m.end() || anchor.begin() > m.end() + 60
                            || text.substring(m.end(), anchor.begin()).matches("(?s).*[.;!?].*"))
                        continue;
                    Optional<DateValue> v = shiftValue(anchor.value(), m.group("unit"), sign * n.getAsInt());
                    v.ifPresent(value -> found.add(new DateMention(m.start(), m.end(),
                            text.substring(m.start(), m.end()), value, true)));
                    break;
                }
            }
        }

        List<DateMention> result() {
            candidates.sort(Comparator.comparingInt((DateMention d) -> d.end() - d.begin()).reversed()
                    .thenComparingInt(DateMention::begin));
            List<DateMention> chosen = new ArrayList<>();
            for (DateMention c : candidates)
                if (chosen.stream().noneMatch(o -> o.overlaps(c.begin(), c.end())))
                    chosen.add(c);
            // "Wednesday, 11/22/2023": the weekday restates the date that follows it
            chosen.removeIf(d -> d.text().matches("(?i)(?:last |next |this )?(?:" + WEEKDAYS + ").*")
                    && chosen.stream().anyMatch(o -> !o.relative() && o.value().precision() == DateValue.Precision.DAY
                    && o.begin() >= d.end() && text.substring(d.end(), o.begin()).matches("[\\s,]*")));
            chosen.sort(Comparator.comparingInt(DateMention::begin));
            offsets(chosen);
            chosen.sort(Comparator.comparingInt(DateMention::begin));
            return List.copyOf(chosen);
        }

        private boolean readsAsYear(int start, int stop) {
            String before = text.substring(Math.max(0, start - 20), start);
            Matcher prev = WORD_BEFORE.matcher(before);
            String prevWord = prev.find() ? prev.group(1).toLowerCase(Locale.ROOT) : "";
            if (YEAR_CUES.contains(prevWord))
                return true;
            Matcher next = WORD_AFTER.matcher(text.substring(stop, Math.min(text.length(), stop + 30)));
            if (next.find()) {
                String nextWord = next.group(1);
                // "2000 troops", "1500 people": a count, not a year
                boolean lowerPlural = Character.isLowerCase(nextWord.charAt(0))
                        && (nextWord.endsWith("s") && !nextWord.endsWith("ss")
                        || nextWord.matches("people|men|women|children|police|personnel|staff|troops"));
                return !lowerPlural;
            }
            return true;
        }

        /** Whether the clause before {@code at} speaks of the future; a quotation or comma ends the clause. */
        private boolean future(int at) {
            String before = text.substring(Math.max(begin, at - 80), at);
            int cut = -1;
            for (int i = 0; i < before.length(); i++)
                if (".;:!?,\"“”«»".indexOf(before.charAt(i)) >= 0)
                    cut = i;
            return FUTURE.matcher(before.substring(cut + 1)).find();
        }

        private Optional<DateValue> inferYear(int month, int dayOfMonth, boolean future) {
            LocalDate ref = reference.orElseThrow();
            try {
                LocalDate candidate = LocalDate.of(ref.getYear(), month, dayOfMonth);
                if (future && candidate.isBefore(ref))
                    candidate = LocalDate.of(ref.getYear() + 1, month, dayOfMonth);
                else if (!future && candidate.isAfter(ref))
                    candidate = LocalDate.of(ref.getYear() - 1, month, dayOfMonth);
                return Optional.of(day(candidate));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        private OptionalInt count(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.equals("a") || w.equals("an"))
                return OptionalInt.of(1);
            return numbers.parse(w);
        }

        private int num(Matcher m, String group) {
            return Integer.parseInt(m.group(group));
        }
    }

    private static Optional<DateValue> dayOf(int year, int month, int dayOfMonth) {
        try {
            return Optional.of(day(LocalDate.of(year, month, dayOfMonth)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DateValue> period(LocalDate ref, String unit, int step, boolean trailing) {
        return switch (unit) {
            case "week" -> {
                if (trailing)
                    yield covering(ref.minusDays(6), ref);
                LocalDate monday = ref.with(DayOfWeek.MONDAY).plusWeeks(step);
                LocalDate last = step == 0 ? ref : monday.plusDays(6);
                yield covering(monday, last);
            }
            case "month" -> trailing ? covering(ref.minusMonths(1), ref)
                    : Optional.of(month(YearMonth.from(ref).plusMonths(step)));
            default -> trailing ? covering(ref.minusYears(1), ref) : Optional.of(year(ref.getYear() + step));
        };
    }

    private static Optional<DateValue> shifted(LocalDate ref, String unit, int amount) {
        if (unit.startsWith("day"))
            return Optional.of(day(ref.plusDays(amount)));
        if (unit.startsWith("week")) {
            LocalDate d = ref.plusWeeks(amount);
            return covering(d.minusDays(3), d.plusDays(3));
        }
        if (unit.startsWith("month"))
            return Optional.of(month(YearMonth.from(ref).plusMonths(amount)));
        return Optional.of(year(ref.getYear() + amount));
    }

    /** Shifts a value by whole units no finer than its precision ("20 years after 2003" = 2023). */
    private static Optional<DateValue> shiftValue(DateValue value, String unit, int amount) {
        String lex = value.lexical();
        return switch (value.precision()) {
            case YEAR -> unit.startsWith("year") ? Optional.of(year(Integer.parseInt(lex) + amount)) : Optional.empty();
            case MONTH -> unit.startsWith("year") || unit.startsWith("month")
                    ? Optional.of(month(YearMonth.parse(lex).plusMonths(unit.startsWith("year") ? 12L * amount : amount)))
                    : Optional.empty();
            case DAY -> {
                LocalDate d = LocalDate.parse(lex);
                if (unit.startsWith("year"))
                    yield Optional.of(day(d.plusYears(amount)));
                if (unit.startsWith("month"))
                    yield Optional.of(day(d.plusMonths(amount)));
                if (unit.startsWith("week"))
                    yield Optional.of(day(d.plusWeeks(amount)));
                yield Optional.of(day(d.plusDays(amount)));
            }
        };
    }
}
