package org.w3id.tigris.web.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.w3id.tigris.web.Html;

/**
 * Draws dated items over time as inline SVG, each at the precision of its date: a day as a
 * point, a month or a year as a bar spanning it. Items are stacked in lanes so that none
 * hides another; each is a link with a tooltip.
 */
public final class SvgTimeline {
    private static final double WIDTH = 960;
    private static final double MARGIN = 12;
    private static final double LANE = 13;
    private static final double AXIS = 24;
    private static final int MAX_LANES = 16;
    /** Room a day's point takes, so that two points on one lane do not touch. */
    private static final double POINT_ROOM = 10;

    /** What was drawn: the SVG, and how many items found no lane. */
    public record Drawing(String svg, int drawn, int left) {
    }

    /** @param label what the timeline shows, for screen readers */
    public Drawing render(List<TimelineItem> items, String label) {
        if (items.isEmpty()) {
            return new Drawing("", 0, 0);
        }
        LocalDate from = items.stream().map(i -> i.span().first()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = items.stream().map(i -> i.span().last()).max(Comparator.naturalOrder()).orElseThrow();
        Scale scale = Scale.of(from, to, MARGIN, WIDTH - MARGIN);
        List<Double> laneEnds = new ArrayList<>();
        StringBuilder marks = new StringBuilder();
        int drawn = 0;
        List<TimelineItem> sorted = items.stream()
                .sorted(Comparator.comparing((TimelineItem i) -> i.span().first())
                        .thenComparing(i -> i.span().last(), Comparator.reverseOrder()))
                .toList();
        for (TimelineItem item : sorted) {
            boolean point = item.span().precision() == DateSpan.Precision.DAY;
            double x0 = scale.x(item.span().first());
            double x1 = point ? x0 : Math.max(x0 + 3, scale.x(item.span().last().plusDays(1)));
            double left = point ? x0 - POINT_ROOM / 2 : x0;
            double right = point ? x0 + POINT_ROOM / 2 : x1;
            int lane = freeLane(laneEnds, left);
            if (lane < 0) {
                continue;
            }
            laneEnds.set(lane, right + 1);
            double y = MARGIN + lane * LANE + LANE / 2;
            marks.append("<a class=\"tl-item tl-").append(item.span().precision().name().toLowerCase(Locale.ROOT))
                    .append("\" href=\"").append(Html.escape(item.href())).append("\">");
            if (point) {
                marks.append("<circle cx=\"").append(fmt(x0)).append("\" cy=\"").append(fmt(y))
                        .append("\" r=\"4.5\" fill=\"").append(Html.escape(item.colour())).append("\">");
                marks.append("<title>").append(Html.escape(item.title())).append("</title></circle>");
            } else {
                marks.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(fmt(y - 4))
                        .append("\" width=\"").append(fmt(x1 - x0)).append("\" height=\"8\" rx=\"2\" fill=\"")
                        .append(Html.escape(item.colour())).append("\" fill-opacity=\"0.55\" stroke=\"")
                        .append(Html.escape(item.colour())).append("\">");
                marks.append("<title>").append(Html.escape(item.title())).append("</title></rect>");
            }
            marks.append("</a>");
            drawn++;
        }
        double axisY = MARGIN + laneEnds.size() * LANE + 6;
        double height = axisY + AXIS;
        StringBuilder svg = new StringBuilder("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(fmt(WIDTH)).append(' ').append(fmt(height)).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(label)).append("\">");
        svg.append(scale.axis(axisY, height));
        svg.append(marks).append("</svg>");
        return new Drawing(svg.toString(), drawn, items.size() - drawn);
    }

    /** The first lane free at {@code left}, a new one while there is room, else -1. */
    private static int freeLane(List<Double> laneEnds, double left) {
        for (int lane = 0; lane < laneEnds.size(); lane++) {
            if (laneEnds.get(lane) <= left) {
                return lane;
            }
        }
        if (laneEnds.size() < MAX_LANES) {
            laneEnds.add(Double.NEGATIVE_INFINITY);
            return laneEnds.size() - 1;
        }
        return -1;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Days to drawing units, and the axis with a tick per year (or per month when short). */
    private record Scale(LocalDate from, LocalDate to, double left, double right) {
        static Scale of(LocalDate first, LocalDate last, double left, double right) {
            // A little room either side; at least a month shown, so one day is not the whole width.
            LocalDate from = first.minusDays(Math.max(3, ChronoUnit.DAYS.between(first, last) / 40));
            LocalDate to = last.plusDays(Math.max(3, ChronoUnit.DAYS.between(first, last) / 40));
            if (ChronoUnit.DAYS.between(from, to) < 31) {
                from = from.minusDays(15);
                to = to.plusDays(15);
            }
            return new Scale(from, to, left, right);
        }

        double x(LocalDate day) {
            double days = ChronoUnit.DAYS.between(from, to);
            return left + ChronoUnit.DAYS.between(from, day) / days * (right - left);
        }

        String axis(double y, double height) {
            StringBuilder out = new StringBuilder("<line class=\"axis\" x1=\"").append(fmt(left)).append("\" x2=\"")
                    .append(fmt(right)).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
            boolean months = ChronoUnit.MONTHS.between(from, to) <= 24;
            LocalDate tick = months ? from.withDayOfMonth(1).plusMonths(1) : from.withDayOfYear(1).plusYears(1);
            long step = months && ChronoUnit.MONTHS.between(from, to) > 12 ? 3 : 1;
            for (; !tick.isAfter(to); tick = months ? tick.plusMonths(step) : tick.plusYears(yearStep())) {
                double x = x(tick);
                out.append("<line class=\"tick\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x))
                        .append("\" y1=\"0\" y2=\"").append(fmt(y + 4)).append("\"/>")
                        .append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(height - 6))
                        .append("\">").append(months ? tick.toString().substring(0, 7) : tick.getYear()).append("</text>");
            }
            return out.toString();
        }

        private long yearStep() {
            long years = ChronoUnit.YEARS.between(from, to);
            return years > 40 ? 10 : years > 16 ? 5 : years > 8 ? 2 : 1;
        }
    }
}
