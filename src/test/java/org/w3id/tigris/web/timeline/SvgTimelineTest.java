package org.w3id.tigris.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTimelineTest {
    @Test
    void datesAreSpansAtTheirPrecision() {
        DateSpan day = DateSpan.parse("2024-02-08").orElseThrow();
        assertEquals(DateSpan.Precision.DAY, day.precision());
        assertEquals(day.first(), day.last());
        DateSpan month = DateSpan.parse("2024-02").orElseThrow();
        assertEquals(LocalDate.of(2024, 2, 1), month.first());
        assertEquals(LocalDate.of(2024, 2, 29), month.last(), "a leap year's February");
        DateSpan year = DateSpan.parse("2019Z").orElseThrow();
        assertEquals(DateSpan.Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2019, 12, 31), year.last());
        assertTrue(DateSpan.parse("2024-13").isEmpty());
        assertTrue(DateSpan.parse("yesterday").isEmpty());
    }

    @Test
    void aDayIsAPointAndAMonthOrAYearABar() {
        SvgTimeline.Drawing drawing = new SvgTimeline().render(List.of(
                new TimelineItem(DateSpan.parse("2020-03-10").orElseThrow(), "/id/event/a", "Assault", "#7f0000"),
                new TimelineItem(DateSpan.parse("2020-03").orElseThrow(), "/id/claim/b", "Claim", "#4b5563"),
                new TimelineItem(DateSpan.parse("2019").orElseThrow(), "/id/event/c", "Protest <b>", "#f08a7e")),
                "Timeline");
        assertEquals(3, drawing.drawn());
        assertTrue(drawing.svg().contains("<a class=\"tl-item tl-day\" href=\"/id/event/a\"><circle"));
        assertTrue(drawing.svg().contains("<a class=\"tl-item tl-month\" href=\"/id/claim/b\"><rect"));
        assertTrue(drawing.svg().contains("<a class=\"tl-item tl-year\" href=\"/id/event/c\"><rect"));
        assertTrue(drawing.svg().contains("<title>Protest &lt;b&gt;</title>"));
        assertTrue(java.util.regex.Pattern.compile(">20(19|20)-\\d\\d</text>").matcher(drawing.svg()).find(),
                "fifteen months: the axis is labelled by month");
    }

    @Test
    void whatFindsNoLaneIsCountedNotHidden() {
        List<TimelineItem> sameDay = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> new TimelineItem(DateSpan.parse("2020-01-01").orElseThrow(), "/id/event/" + i, "e", "#000"))
                .toList();
        SvgTimeline.Drawing drawing = new SvgTimeline().render(sameDay, "Timeline");
        assertEquals(40, drawing.drawn() + drawing.left());
        assertTrue(drawing.left() > 0);
    }
}
