package org.w3id.tigris.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Documents as people name them: by headline (the title, else the first article's
 * headline), then outlet and date; the file name only as a detail. Looked up for many
 * documents in one query, and remembered for the page.
 */
final class DocumentNames {
    /** One document's names. */
    record Name(String iri, Optional<String> headline, Optional<String> outlet, Optional<String> date,
                String sourceName, long articles) {
        /** The headline, else the file name. */
        String display() {
            return headline.orElse(sourceName);
        }

        /** "outlet · date · +N articles", what stands after the headline. */
        String detail() {
            StringBuilder out = new StringBuilder();
            outlet.ifPresent(out::append);
            date.ifPresent(d -> out.append(out.isEmpty() ? "" : " · ").append(d));
            if (articles > 1 && headline.isPresent()) {
                out.append(out.isEmpty() ? "" : " · ").append("first of ").append(articles).append(" articles");
            }
            return out.toString();
        }
    }

    private final GraphReader reader;
    private final Map<String, Name> known = new HashMap<>();

    DocumentNames(GraphReader reader) {
        this.reader = reader;
    }

    /** Looks up the names of the documents not yet known, in one query. */
    void load(Collection<String> documents) {
        List<RDFNode> missing = documents.stream().distinct().filter(d -> !known.containsKey(d))
                .map(d -> (RDFNode) ResourceFactory.createResource(d)).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (Row row : reader.select(KgQuery.DOCUMENT_NAMES, q -> q.setValues("these", missing))) {
            String doc = row.iri("doc").orElseThrow();
            Optional<String> headline = row.text("title").or(() -> row.text("headline")).filter(h -> !h.isBlank());
            Optional<String> outlet = row.text("publisher").or(() -> row.text("url").flatMap(DocumentNames::host));
            Optional<String> date = row.text("issued").or(() -> row.text("articleIssued"));
            known.put(doc, new Name(doc, headline, outlet, date,
                    row.text("sourceName").orElse(Labels.localName(doc)), row.integer("articles").orElse(0)));
        }
    }

    Name of(String document) {
        load(List.of(document));
        return known.getOrDefault(document, new Name(document, Optional.empty(), Optional.empty(),
                Optional.empty(), Labels.localName(document), 0));
    }

    /** A link to the document by its headline, its outlet and date after it, its file name as tooltip. */
    String link(Links links, String document) {
        Name name = of(document);
        String detail = name.detail();
        return "<a href=\"" + Html.escape(links.href(document)) + "\" title=\"" + Html.escape(name.sourceName())
                + "\">" + Html.escape(name.display()) + "</a>"
                + (detail.isEmpty() ? "" : " <span class=\"muted\">" + Html.escape(detail) + "</span>");
    }

    /** The outlet's host name without "www.", for a URL whose publisher is not named. */
    static Optional<String> host(String url) {
        try {
            String host = new URI(url).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
