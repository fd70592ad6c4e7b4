package org.w3id.tigris.web.timeline;

import java.util.Objects;

/** One dated thing on a timeline: when, where it links to, its tooltip and colour. */
public record TimelineItem(DateSpan span, String href, String title, String colour) {
    public TimelineItem {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(colour, "colour");
    }
}
