package org.w3id.tigris.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.w3id.tigris.rdf.TG;

/**
 * What a page needs while it is built: the store, link making, and per-page caches of labels
 * and document texts. Made afresh for each request.
 */
record PageContext(GraphReader reader, Links links, Labels labels, SourceTexts texts, String datasetName) {

    static PageContext of(GraphReader reader, Links links, String datasetName) {
        return new PageContext(reader, links, new Labels(reader), new SourceTexts(reader), datasetName);
    }

    /** A link to a resource, named by its label. */
    String link(String iri) {
        return Html.link(links.href(iri), labels.of(iri));
    }

    /** A property value: a link for a resource, escaped text for a literal. */
    String value(Facts.Value value) {
        if (value.iri().isPresent()) {
            String iri = value.iri().get();
            if (!links.isLocal(iri)) {
                return Html.externalLink(iri, value.label().orElse(iri));
            }
            return Html.link(links.href(iri), value.label().orElseGet(() -> labels.of(iri)));
        }
        return Html.escape(value.text());
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
