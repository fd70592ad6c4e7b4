package org.w3id.tigris.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.tigris.rdf.TG;

/**
 * What a page needs while it is built: the store, link making, and per-page caches of labels
 * and document texts. Made afresh for each request.
 */
record PageContext(GraphReader reader, Links links, Labels labels, SourceTexts texts, DocumentNames documents,
                   String datasetName, Map<String, String[]> parameters) {

    static PageContext of(GraphReader reader, Links links, String datasetName) {
        return of(reader, links, datasetName, Map.of());
    }

    /** @param parameters the request's URL parameters (filters, page numbers) */
    static PageContext of(GraphReader reader, Links links, String datasetName, Map<String, String[]> parameters) {
        return new PageContext(reader, links, new Labels(reader), new SourceTexts(reader), new DocumentNames(reader),
                datasetName, Map.copyOf(parameters));
    }

    /** The tables of the pages, made from this server's IRIs. */
    Tables tables() {
        return new Tables(links.scheme(), reader.templates());
    }

    /** The filters in the URL; a malformed one is a {@link FacetSelection.BadFacetException}. */
    FacetSelection facets() {
        return FacetSelection.parse(parameters);
    }

    /** A link to a resource, named by its label. */
    String link(String iri) {
        if (isDocument(iri)) {
            return documents.link(links, iri);
        }
        return Html.link(links.href(iri), labels.of(iri));
    }

    /** A property value: a link for a resource, escaped text for a literal. */
    String value(Facts.Value value) {
        if (value.iri().isPresent()) {
            String iri = value.iri().get();
            if (!links.isLocal(iri)) {
                return Html.externalLink(iri, value.label().orElse(iri));
            }
            if (isDocument(iri)) {
                return documents.link(links, iri);
            }
            return Html.link(links.href(iri), value.label().orElseGet(() -> labels.of(iri)));
        }
        return Html.escape(value.text());
    }

    /** A document, not a fragment of one (a mention or an article). */
    boolean isDocument(String iri) {
        return links.isLocal(iri) && !iri.contains("#")
                && ResourceKind.ofPath(links.localPath(iri)) == ResourceKind.DOCUMENT;
    }

    String values(List<Facts.Value> values) {
        return values.stream().map(this::value).collect(Collectors.joining(", "));
    }

    /** Tigris classes before others, and the specific event type before tg:Event. */
    private static int generality(Facts.Value type) {
        String iri = type.text();
        return !iri.startsWith(TG.NS) ? 2 : iri.equals(TG.Event.getURI()) ? 1 : 0;
    }

    /** A page's opening: its title, and the kinds of thing the resource is. */
    StringBuilder heading(String title, Facts facts) {
        return new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>")
                .append("<p class=\"kind\">").append(Html.escape(typeNames(facts))).append("</p>");
    }

    /** The names of a resource's classes, most specific Tigris ones first. */
    String typeNames(Facts facts) {
        return facts.types().stream()
                .sorted(Comparator.comparingInt(PageContext::generality))
                .map(v -> v.label().orElseGet(() -> Labels.humanize(Labels.localName(v.text()))))
                .distinct()
                .collect(Collectors.joining(" · "));
    }
}
