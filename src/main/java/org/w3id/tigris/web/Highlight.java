package org.w3id.tigris.web;

/**
 * A stretch of a document's text to mark on a page: offsets into {@code nif:isString},
 * end exclusive.
 *
 * @param href  where the mark links to, or null
 * @param title tooltip text, or null
 * @param id    element id (a mention's {@code char=B,E} fragment), or null
 */
record Highlight(int begin, int end, Kind kind, String href, String title, String id) {

    /** How a kind of span is marked up; the CSS classes are styled in {@link Layout}. */
    enum Kind {
        /** A mention of an entity: the mark is itself the link to the entity. */
        MENTION("a", "m"),
        /** The evidence of an event: a mark with a small link to the event. */
        EVENT("mark", "ev"),
        /** The evidence of a claim: a mark with a small link to the claim. */
        CLAIM("mark", "cl"),
        /** The claim's content inside its evidence. */
        CLAIM_TEXT("em", "ct"),
        /** The span a page is about (a mention on an entity page, a claim on its own page). */
        HIT("mark", "hit");

        final String tag;
        final String cssClass;

        Kind(String tag, String cssClass) {
            this.tag = tag;
            this.cssClass = cssClass;
        }
    }

    static Highlight of(int begin, int end, Kind kind) {
        return new Highlight(begin, end, kind, null, null, null);
    }
}
