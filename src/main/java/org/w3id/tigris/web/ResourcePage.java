package org.w3id.tigris.web;

/** Any other resource under /id/ (an extraction run, say): a table of its properties. */
final class ResourcePage {
    private final PageContext context;

    ResourcePage(PageContext context) {
        this.context = context;
    }

    String render(String iri) {
        Facts facts = Facts.of(context.reader(), iri);
        String title = context.labels().of(iri);
        StringBuilder body = context.heading(title, facts)
                .append("<table><tbody>");
        facts.all().forEach((predicate, values) -> body.append("<tr><th>")
                .append(Html.escape(Labels.localName(predicate))).append("</th><td>")
                .append(context.values(values)).append("</td></tr>"));
        body.append("<tr><th>IRI</th><td><code>").append(Html.escape(iri)).append("</code></td></tr>")
                .append("</tbody></table>");
        return Layout.page(context.links(), title, body.toString());
    }
}
