package org.w3id.tigris.segment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news item inside a document: a headline and the text under it, up to the next item.
 * A plain article page is one {@code Article}; an index page is many.
 * Offsets are character offsets into {@code Source.text()}, end exclusive.
 *
 * @param begin          start of the item (its headline, when it has one)
 * @param end            end of the item's text (byline and boilerplate after it excluded)
 * @param headlineBegin  start of the headline, or -1 when the item has none
 * @param headlineEnd    end of the headline, or -1
 * @param date           the item's own date (from its byline or dateline), when it gives one
 * @param bodyBegin      start of the body text (lede and paragraphs after the headline)
 */
public record Article(int begin, int end, int headlineBegin, int headlineEnd, int bodyBegin,
                      Optional<LocalDate> date) {
    public boolean hasHeadline() {
        return headlineBegin >= 0;
    }
}
