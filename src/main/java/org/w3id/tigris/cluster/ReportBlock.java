package org.w3id.tigris.cluster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One block of the store: its reports dated to the month at least, by IRI, and the pairs
 * its windows make, found from dates alone; a pair is linked (which reads both reports)
 * only when one of them is asked for.
 * <p>
 * A small block is read whole. A large one (a country's, a frequent actor's: at a store's
 * size, tens of thousands of reports, each date a read) is read by the months asked for:
 * those of a date within the tolerance of the day asked about, and its own (or, past some
 * months, the rest of it whole: {@link BlockReading}). That gives the
 * same pairs for what is asked: a day window only spans the tolerance, a month window its
 * month, and a pair found among the months read is a pair of the whole block, since the
 * reports between its two lie in those months too.
 */
final class ReportBlock {
    private final String key;
    private final String type;
    private final ReportLookup store;
    private final CandidatePairs pairs;
    private final LinkRule rule;
    private final Function<String, Optional<EventReport>> report;
    private final Function<EventReport, Set<String>> keys;
    private final Set<String> named; // the block's reports of any date, when it is read by month
    private final int monthsBeforeWhole;
    private boolean whole;
    private final Set<String> monthsRead = new HashSet<>();
    private final List<String> members = new ArrayList<>();
    private final Set<String> memberSet = new HashSet<>();
    private final List<CandidatePairs.Entry> entries = new ArrayList<>();
    private final Map<String, List<String>> partners = new HashMap<>();
    private final Map<String, List<ReportLink>> links = new HashMap<>();

    ReportBlock(String key, ReportLookup store, CandidatePairs pairs, LinkRule rule,
            Function<String, Optional<EventReport>> report, Function<EventReport, Set<String>> keys, BlockReading reading) {
        this.key = key;
        this.store = store;
        this.pairs = pairs;
        this.rule = rule;
        this.report = report;
        this.keys = keys;
        this.type = key.substring(0, key.indexOf(' '));
        this.monthsBeforeWhole = reading.monthsBeforeWhole();
        Collection<String> candidates = candidates(key);
        if (candidates.size() <= reading.wholeLimit()) {
            named = null;
            whole = true;
            add(candidates);
        } else {
            named = new HashSet<>(candidates);
        }
    }

    /** Adds the reports of these IRIs dated to the month at least, in IRI order, and pairs the block again. */
    private void add(Collection<String> iris) {
        Map<String, String> dated = new HashMap<>();
        iris.stream().filter(iri -> !memberSet.contains(iri))
                .forEach(iri -> store.dateOf(iri, type).ifPresent(d -> dated.put(iri, d)));
        dated.keySet().stream().sorted().forEach(iri -> ReportDate.parse(dated.get(iri)).filter(ReportDate::hasMonth)
                .filter(d -> whole || monthsRead.contains(d.month()))
                .ifPresent(d -> {
                    entries.add(new CandidatePairs.Entry(members.size(), d.isDay() ? d.epochDay() : Long.MIN_VALUE, d.month()));
                    members.add(iri);
                    memberSet.add(iri);
                }));
        partners.clear();
        pairs.pairs(entries, (x, y) -> {
            partners.computeIfAbsent(members.get(x), r -> new ArrayList<>()).add(members.get(y));
            partners.computeIfAbsent(members.get(y), r -> new ArrayList<>()).add(members.get(x));
        });
    }

    /** Reads, for a block read by month, the months whose reports can pair with a report of this date. */
    private void read(ReportDate date) {
        if (whole || !date.hasMonth()) {
            return;
        }
        Set<String> months = new TreeSet<>();
        months.add(date.month());
        if (date.isDay()) {
            LocalDate day = LocalDate.ofEpochDay(date.epochDay());
            months.add(YearMonth.from(day.minusDays(pairs.toleranceDays())).toString());
            months.add(YearMonth.from(day.plusDays(pairs.toleranceDays())).toString());
        }
        months.removeAll(monthsRead);
        if (monthsRead.size() + months.size() > monthsBeforeWhole) {
            whole = true;
            add(named);
            return;
        }
        List<String> fresh = new ArrayList<>();
        for (String month : months) {
            if (monthsRead.add(month)) {
                store.datedIn(month).stream().filter(named::contains).forEach(fresh::add);
            }
        }
        if (!fresh.isEmpty()) {
            add(fresh);
        }
    }

    /** The linked pairs of a member that this block makes (a pair is made in the first block the two share). */
    List<ReportLink> links(String iri) {
        List<ReportLink> out = links.get(iri);
        if (out == null) {
            report.apply(iri).flatMap(r -> ReportDate.parse(r.date())).ifPresent(this::read);
            out = new ArrayList<>();
            for (String partner : partners.getOrDefault(iri, List.of())) {
                EventReport a = report.apply(iri.compareTo(partner) < 0 ? iri : partner).orElseThrow();
                EventReport b = report.apply(iri.compareTo(partner) < 0 ? partner : iri).orElseThrow();
                if (!key.equals(CandidatePairs.firstShared(keys.apply(a), keys.apply(b)))) {
                    continue; // made in an earlier block of the two
                }
                Optional<Integer> points = rule.link(a, b);
                if (points.isPresent()) {
                    out.add(new ReportLink(a.iri(), b.iri(), points.get(), LinkRule.sharedParticipants(a, b),
                            CandidatePairs.days(a, b)));
                }
            }
            links.put(iri, out);
        }
        return out;
    }

    /**
     * The members whose pairs here a report of this date coming ({@code arrived}) or going
     * can change, other than by pairing with it: a report that arrives finds its partners
     * through its own links, and a window it joins loses a member only when it was full;
     * one that left may have paired with any member of its windows. Day windows: the
     * members within the date tolerance of its day. Month windows (a month-only report
     * pairs with the first {@code window} others of its month by IRI, month-only reports
     * with a smaller IRI not counted): the month-only members and those the windows end on,
     * moved in or out by one; for a report that left, everything they or its own could reach.
     */
    List<String> near(ReportDate date, boolean arrived) {
        read(date);
        List<CandidatePairs.Entry> days = new ArrayList<>();
        List<CandidatePairs.Entry> month = new ArrayList<>();
        for (CandidatePairs.Entry e : entries) {
            if (date.isDay() && e.isDay() && Math.abs(e.day() - date.epochDay()) <= pairs.toleranceDays()) {
                days.add(e);
            }
            if (e.month().equals(date.month())) {
                month.add(e);
            }
        }
        List<String> out = new ArrayList<>();
        // a day window holds the members of at most the tolerance's days after its own
        if (!arrived || days.size() > pairs.window()) {
            days.forEach(e -> out.add(members.get(e.id())));
        }
        long monthOnly = month.stream().filter(e -> !e.isDay()).count();
        boolean monthWindows = monthOnly > 0 || !date.isDay();
        if (monthWindows && (!arrived || month.size() > pairs.window())) {
            long firstEnd = arrived ? pairs.window() - 2L : 0; // the first rank a window can end on, less one
            for (int rank = 0; rank < month.size(); rank++) {
                CandidatePairs.Entry e = month.get(rank);
                if (!e.isDay() || rank >= firstEnd && rank < pairs.window() + monthOnly + 2) {
                    out.add(members.get(e.id()));
                }
            }
        }
        return out;
    }

    private Collection<String> candidates(String key) {
        int type = key.indexOf(' ');
        int kind = key.indexOf(' ', type + 1);
        String value = key.substring(kind + 1);
        return switch (key.substring(type + 1, kind)) {
            case "place" -> store.placesWithin(value).stream().flatMap(p -> store.withPlace(p).stream())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            case "agent" -> store.withAgent(value);
            case "target" -> store.withTarget(value);
            default -> throw new IllegalStateException("not a blocking key: " + key);
        };
    }
}
