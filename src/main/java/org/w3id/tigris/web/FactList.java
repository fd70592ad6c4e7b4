package org.w3id.tigris.web;

/** A definition list of a resource's facts; rows without a value are left out. */
final class FactList {
    private final StringBuilder rows = new StringBuilder();

    /** @param html the value, already escaped or built from escaped parts */
    FactList add(String name, String html) {
        if (html != null && !html.isBlank()) {
            rows.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(html).append("</dd>");
        }
        return this;
    }

    String render() {
        return rows.isEmpty() ? "" : "<dl class=\"facts\">" + rows + "</dl>";
    }
}
