package org.w3id.tigris.time;

/**
 * A date expression found in a text and its normalized value.
 *
 * @param begin    offset of the expression in the text
 * @param end      end offset, exclusive
 * @param text     the expression as it stands ("on Wednesday night" is {@code Wednesday night})
 * @param value    the date at the precision the expression gives
 * @param relative whether it was resolved against the reference date ("Friday", "last
 *                 month", "28 October" without a year) rather than stated in full
 */
public record DateMention(int begin, int end, String text, DateValue value, boolean relative) {
    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
