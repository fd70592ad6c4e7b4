package org.w3id.tigris.web;

/** Escaping for HTML text and attribute values: every string from the store passes here. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /**
     * A link leaving Tigris (Wikidata, GeoNames, the original article). Only web addresses
     * become links: a source's {@code url} is whatever the input said, and a
     * {@code javascript:} or {@code data:} one must not become something to click.
     */
    static String externalLink(String href, String text) {
        if (!isWebAddress(href)) {
            return escape(text);
        }
        return "<a class=\"ext\" rel=\"noopener noreferrer\" href=\"" + escape(href) + "\">"
                + escape(text) + "</a>";
    }

    /** An absolute http or https address (the scheme in any case, as URLs allow). */
    static boolean isWebAddress(String href) {
        if (href == null) {
            return false;
        }
        String h = href.strip();
        return h.regionMatches(true, 0, "http://", 0, 7) && h.length() > 7
                || h.regionMatches(true, 0, "https://", 0, 8) && h.length() > 8;
    }
}
