package org.w3id.tigris.segment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.tigris.read.Source;

/**
 * Splits a document into its news items and marks its boilerplate.
 * <p>
 * A paragraph that reads as a headline (one line, title length, no final period) and has
 * longer prose under it starts an item; the prose under it, up to the next headline, is the
 * item's body. A short line stacked directly above a headline is its kicker (a topic label):
 * part of the item, not its headline. Bylines and datelines give an item its date; a bar
 * byline ({@code By |April 23rd, 2020|Iraq|}), which index pages put after each item, also
 * closes the item. Datelines and bar bylines are marked as boilerplate so that no fact comes
 * from them; author names stay in the text. Boilerplate cues come from
 * {@code segment/boilerplate.tsv}, date words from {@code segment/dates.tsv}.
 * <p>
 * The text is never changed: articles and boilerplate are offsets into it.
 * Immutable and thread-safe.
 */
public final class Segmenter {
    private static final int MAX_KICKER_WORDS = 10;
    private static final int MAX_QUESTION_HEADLINE_WORDS = 30;
    /** A headline-like line is a lede when it is this much longer than the headline above it. */
    private static final double LEDE_RATIO = 1.5;
    private static final int MIN_LEDE_WORDS = 10;
    private static final int MAX_BIO_PARAGRAPHS = 3;


    private final BoilerplateCues cues;
    private static final Pattern KICKER_LABEL = Pattern.compile("\\s*\\p{Lu}{3,}\\b");
    private final DateFinder dates;
    private final Bylines bylines;

    /** Loads the lexicons from the classpath. */
    public Segmenter() {
        this.cues = BoilerplateCues.load();
        this.dates = DateFinder.load();
        this.bylines = new Bylines(dates);
    }

    public Segmentation segment(Source source) {
        return segment(source.text());
    }

    /** Segments a document text (the text of a {@link Source}). */
    public Segmentation segment(String text) {
        List<Unit> units = new ArrayList<>();
        for (Paragraph paragraph : Paragraphs.of(text))
            units.add(classify(paragraph));
        markBoilerplate(units);
        findHeadlines(units);
        return build(units);
    }

    private enum Role {
        HEADLINE_LIKE, PROSE, DATELINE, BAR_BYLINE, NAME_BYLINE, AUTHOR, BOILERPLATE
    }

    /** A paragraph and what it was judged to be. */
    private static final class Unit {
        final Paragraph paragraph;
        Role role;
        Optional<LocalDate> date = Optional.empty();
        boolean slashDate;
        List<String> names = List.of();
        List<NameSpan> nameSpans = List.of();
        Optional<BoilerplateCues.Hit> cue = Optional.empty();
        String reason;
        boolean headline;
        boolean kicker;

        Unit(Paragraph paragraph, Role role) {
            this.paragraph = paragraph;
            this.role = role;
        }

        boolean is(Role r) {
            return role == r;
        }

        int words() {
            return paragraph.words();
        }

        void boilerplate(String why) {
            role = Role.BOILERPLATE;
            reason = why;
            headline = false;
            kicker = false;
        }
    }

    // ---- classification of single paragraphs ----

    private Unit classify(Paragraph p) {
        String text = p.text();
        Unit unit;
        Optional<Bylines.Byline> byline = bylines.read(p);
        Optional<LocalDate> dateline = p.lines() == 1 ? dates.dateline(text) : Optional.empty();
        if (byline.isPresent()) {
            unit = new Unit(p, byline.get().bar() ? Role.BAR_BYLINE : Role.NAME_BYLINE);
            unit.date = byline.get().date();
            unit.names = byline.get().names();
            unit.nameSpans = byline.get().nameSpans();
        } else if (dateline.isPresent()) {
            unit = new Unit(p, Role.DATELINE);
            unit.date = dateline;
            unit.slashDate = DateFinder.readsBothWays(text);
        } else if (p.lines() == 1 && Paragraphs.isRule(text)) {
            // "-----", "=====", "* * *": a rule between items, which must not join them as prose
            unit = new Unit(p, Role.BOILERPLATE);
            unit.reason = "rule line";
        } else if ((StrayLine.is(text) || dates.isYearlessDateLine(text)) && p.lines() == 1) {
            unit = new Unit(p, Role.BOILERPLATE); // a day without a year under a headline is no headline
            unit.reason = StrayLine.is(text) ? "stray line" : "date line";
        } else {
            unit = new Unit(p, HeadlineShape.of(p) ? Role.HEADLINE_LIKE : Role.PROSE);
            // "KYIV, Monday 16 November 2026 (EFP) - Russian drones …": a wire lede's own dateline
            if (unit.is(Role.PROSE))
                unit.date = dates.ledeDateline(text);
        }
        if (!unit.is(Role.BOILERPLATE))
            unit.cue = cues.match(p);
        return unit;
    }

    // ---- boilerplate ----

    private void markBoilerplate(List<Unit> units) {
        for (Unit u : units)
            if (u.cue.isPresent() && u.cue.get().strong())
                u.boilerplate(u.cue.get().reason());
        markAuthorLines(units);
        markAuthorBios(units);
        // A weak cue ("donate") is boilerplate unless it heads real prose, as a headline does.
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.is(Role.BOILERPLATE) || u.cue.isEmpty())
                continue;
            Unit next = next(units, i, false);
            boolean headsProse = u.is(Role.HEADLINE_LIKE) && next != null && next.is(Role.PROSE) && next.cue.isEmpty();
            if (!headsProse)
                u.boilerplate(u.cue.get().reason());
        }
    }

    /** A name alone on a line right above a dateline is the author's, not a headline. */
    private static void markAuthorLines(List<Unit> units) {
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit u = units.get(i);
            if (u.is(Role.HEADLINE_LIKE) && u.words() >= 2 && u.words() <= 5 && Bylines.looksLikeName(u.paragraph.text())
                    && units.get(i + 1).is(Role.DATELINE)) {
                u.role = Role.AUTHOR;
                u.names = List.of(u.paragraph.text());
            }
        }
    }

    /**
     * The paragraphs after an author box that begin with the author's name are the author's
     * biography ("Jane Doe is a journalist based in …"), and so are the few after them.
     */
    private static void markAuthorBios(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit box = units.get(i);
            if (!box.is(Role.BOILERPLATE) || !"author".equals(box.reason))
                continue;
            int j = i + 1;
            while (j < units.size() && units.get(j).is(Role.BOILERPLATE))
                j++;
            if (j >= units.size() || !units.get(j).is(Role.PROSE) || !startsWithNameFrom(units.get(j), box))
                continue;
            for (int k = 0; k < MAX_BIO_PARAGRAPHS && j < units.size() && units.get(j).is(Role.PROSE); k++, j++)
                units.get(j).boilerplate("author");
        }
    }

    private static boolean startsWithNameFrom(Unit prose, Unit box) {
        String[] words = prose.paragraph.text().split("\\s+");
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0)) || !Character.isUpperCase(words[1].charAt(0)))
            return false;
        return box.paragraph.text().contains(words[0] + " " + words[1]);
    }

    // ---- headlines and kickers ----

    private static void findHeadlines(List<Unit> units) {
        // 1. a headline-like line with prose under it (bylines and datelines between them allowed)
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit next = next(units, i, true);
            if (u.is(Role.HEADLINE_LIKE) && next != null && next.is(Role.PROSE))
                u.headline = true;
        }
        // 2. a headline-like line with a clearly longer one under it: headline and unpunctuated lede
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit next = next(units, i, true);
            if (u.is(Role.HEADLINE_LIKE) && !u.headline && next != null && next.is(Role.HEADLINE_LIKE) && !next.headline
                    && next.words() >= Math.max(MIN_LEDE_WORDS, LEDE_RATIO * u.words())) {
                u.headline = true;
                next.role = Role.PROSE;
            }
        }
        // 3. a question standing where an item begins, with prose under it
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit previous = previous(units, i);
            Unit next = next(units, i, true);
            if (u.is(Role.PROSE) && u.paragraph.lines() == 1 && u.paragraph.lastSignificant() == '?'
                    && u.words() <= MAX_QUESTION_HEADLINE_WORDS && (previous == null || previous.is(Role.BAR_BYLINE))
                    && next != null && next.is(Role.PROSE) && !(previous == null && hasHeadline(units))) {
                u.role = Role.HEADLINE_LIKE;
                u.headline = true;
            }
        }
        // 4. a short line directly above a headline is its kicker
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit next = next(units, i, false);
            if (u.is(Role.HEADLINE_LIKE) && !u.headline && u.words() <= MAX_KICKER_WORDS && next != null && next.headline)
                u.kicker = true;
        }
        // 5. what is left is prose; before the first headline it is the page's header
        boolean headlineSeen = false;
        boolean anyHeadline = hasHeadline(units);
        for (Unit u : units) {
            headlineSeen |= u.headline;
            if (u.is(Role.HEADLINE_LIKE) && !u.headline && !u.kicker) {
                if (anyHeadline && !headlineSeen)
                    u.boilerplate("page header");
                else
                    u.role = Role.PROSE;
            }
        }
    }

    private static boolean hasHeadline(List<Unit> units) {
        return units.stream().anyMatch(u -> u.headline);
    }

    /**
     * A date line opening with a label in capitals ("MYANMAR Nov 16, 2026", "KENYA 19/11/2026")
     * right above a headline: an index page's country and date for the item below it.
     */
    private static boolean datedKicker(List<Unit> units, int i) {
        Unit u = units.get(i);
        Unit next = next(units, i, false);
        return u.is(Role.DATELINE) && u.date.isPresent() && next != null && next.headline
                && KICKER_LABEL.matcher(u.paragraph.text()).lookingAt();
    }

    /** The next unit that is not boilerplate; with {@code skipMeta}, not a byline, author or dateline either. */
    private static Unit next(List<Unit> units, int i, boolean skipMeta) {
        for (int j = i + 1; j < units.size(); j++) {
            Unit u = units.get(j);
            if (u.is(Role.BOILERPLATE))
                continue;
            if (skipMeta && (u.is(Role.DATELINE) || u.is(Role.AUTHOR) || u.is(Role.NAME_BYLINE)))
                continue;
            return u;
        }
        return null;
    }

    private static Unit previous(List<Unit> units, int i) {
        for (int j = i - 1; j >= 0; j--)
            if (!units.get(j).is(Role.BOILERPLATE))
                return units.get(j);
        return null;
    }

    // ---- items ----

    /** An item being built. */
    private static final class Item {
        final int begin;
        int end;
        Unit headline;
        int bodyBegin = -1;
        Optional<LocalDate> date = Optional.empty();
        boolean closed;
        /** its date is the one above its headline (a page's), which a date line under it replaces */
        boolean dateAbove;
        /** its date line was a slash date that reads both ways ("07/11/2026") */
        boolean slashDate;
        boolean awaitingHeadline;
        /** a day and month its label gives without the year ("MEXICO - Wed 25.11") */
        Optional<MonthDay> dayWithoutYear = Optional.empty();
        boolean ledeSeen;

        Item(int begin) {
            this.begin = begin;
            this.end = begin;
        }

        Article toArticle() {
            int headlineBegin = headline == null ? -1 : headline.paragraph.begin();
            int headlineEnd = headline == null ? -1 : headline.paragraph.end();
            int body = bodyBegin >= 0 ? bodyBegin : end;
            return new Article(begin, end, headlineBegin, headlineEnd, body, date);
        }
    }

    private Segmentation build(List<Unit> units) {
        List<Item> items = new ArrayList<>();
        List<Boilerplate> boilerplate = new ArrayList<>();
        Item current = null;
        Optional<LocalDate> pendingDate = Optional.empty();
        Optional<LocalDate> pageDate = Optional.empty(); // the first date line, above every item
        Optional<LocalDate> published = Optional.empty();
        List<String> byline = List.of();
        List<NameSpan> authors = new ArrayList<>();
        boolean inHeaderZone = true; // until the first prose after the first headline
        boolean headlineSeen = false;

        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Paragraph p = u.paragraph;
            if (u.is(Role.BAR_BYLINE) || u.is(Role.NAME_BYLINE))
                authors.addAll(u.nameSpans);
            if (u.is(Role.BOILERPLATE)) {
                boilerplate.add(new Boilerplate(p.begin(), p.end(), u.reason));
                continue;
            }
            if (u.kicker) {
                current = new Item(p.begin());
                current.awaitingHeadline = true;
                if (KICKER_LABEL.matcher(p.text()).lookingAt())
                    current.dayWithoutYear = dates.yearlessDate(p.text());
                items.add(current);
                continue;
            }
            if (u.headline) {
                if (current == null || !current.awaitingHeadline) {
                    current = new Item(p.begin());
                    items.add(current);
                }
                current.awaitingHeadline = false;
                current.headline = u;
                current.end = p.end();
                if (pendingDate.isPresent()) {
                    current.date = pendingDate;
                    current.dateAbove = true;
                    pendingDate = Optional.empty();
                }
                headlineSeen = true;
                continue;
            }
            switch (u.role) {
                case DATELINE, BAR_BYLINE -> {
                    boilerplate.add(new Boilerplate(p.begin(), p.end(), u.is(Role.DATELINE) ? "dateline" : "byline"));
                    if (inHeaderZone && published.isEmpty())
                        published = u.date;
                    if (datedKicker(units, i) && current != null && current.bodyBegin >= 0) {
                        // "MYANMAR Nov 16, 2026" between an item's body and the next headline: the next item's
                        pendingDate = u.date;
                    } else if (current != null && !current.closed) {
                        // an index item's own "Posted: …" under its headline, not the page's date above it
                        if (current.date.isEmpty() || current.dateAbove && current.bodyBegin < 0 && u.date.isPresent()) {
                            current.date = u.date;
                            current.dateAbove = false;
                            current.slashDate = u.slashDate;
                        }
                        current.closed |= u.is(Role.BAR_BYLINE);
                    } else if (pendingDate.isEmpty()) {
                        pendingDate = u.date;
                    }
                    if (items.isEmpty() && pageDate.isEmpty())
                        pageDate = u.date;
                }
                default -> { // PROSE, AUTHOR, NAME_BYLINE
                    if (current == null || current.closed) {
                        current = new Item(p.begin());
                        items.add(current);
                        if (pendingDate.isPresent()) {
                            current.date = pendingDate;
                            pendingDate = Optional.empty();
                        }
                    }
                    if (current.bodyBegin < 0)
                        current.bodyBegin = p.begin();
                    if (u.is(Role.PROSE) && !current.ledeSeen) {
                        current.ledeSeen = true;
                        if (u.date.isPresent()) { // the item's lede opens with its dateline
                            if (current.date.isEmpty())
                                current.date = u.date;
                            if (inHeaderZone && published.isEmpty())
                                published = u.date;
                        }
                    }
                    current.end = p.end();
                    if (u.is(Role.NAME_BYLINE) || u.is(Role.AUTHOR)) {
                        if (current.date.isEmpty())
                            current.date = u.date;
                        if (inHeaderZone) {
                            if (published.isEmpty())
                                published = u.date;
                            if (byline.isEmpty())
                                byline = u.names;
                        }
                    } else if (headlineSeen || !hasHeadline(units)) {
                        inHeaderZone = false;
                    }
                }
            }
        }
        List<Article> articles = new ArrayList<>();
        // an index page's items were posted shortly before the page: "07/11/2026" on a page of
        // 14 November 2026 is 7 November, not 11 July
        for (Item item : items)
            if (item.slashDate && pageDate.isPresent() && item.date.isPresent())
                item.date = Optional.of(DateFinder.nearestReadingBefore(item.date.get(), pageDate.get()));
        // a label's day without its year: the reading nearest the page's newest date
        Optional<LocalDate> page = pageDate;
        Optional<LocalDate> newest = items.stream().flatMap(item -> item.date.stream()).max(LocalDate::compareTo)
                .or(() -> page);
        for (Item item : items)
            if (item.date.isEmpty() && item.dayWithoutYear.isPresent() && newest.isPresent())
                item.date = Optional.of(DateFinder.nearestYear(item.dayWithoutYear.get(), newest.get()));
        for (Item item : items)
            if (item.headline != null || item.bodyBegin >= 0)
                articles.add(item.toArticle());
        // An index page lists dated items: its first item's date is not the page's.
        List<LocalDate> itemDates = articles.stream().flatMap(a -> a.date().stream()).toList();
        if (itemDates.size() > 1)
            published = Optional.empty();
        // A page with one dated item is that item's page, wherever its date line stands (after a
        // standfirst, in a "From: … Published …" block, above a live blog's entries).
        else if (published.isEmpty() && itemDates.size() == 1)
            published = Optional.of(itemDates.get(0));
        return new Segmentation(articles, boilerplate, published, byline, authors);
    }
}
