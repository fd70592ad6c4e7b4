package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * A source document: its metadata, its named graph, and its whole text with every entity
 * mention, event and claim marked and linked; then its events, claims and entities listed.
 */
final class DocumentPage {

    private final PageContext context;

    DocumentPage(PageContext context) {
        this.context = context;
    }

    String render(String iri) {
        Facts facts = Facts.of(context.reader(), iri);
        String title = context.labels().of(iri);
        StringBuilder body = context.heading(title, facts);
        String graphLinks = "<code>" + Html.escape(iri) + "</code><br>"
                + Html.link(context.links().description(iri, Representation.TURTLE), "Turtle") + " · "
                + Html.link(context.links().description(iri, Representation.JSONLD), "JSON-LD") + " · "
                + Html.link(context.links().description(iri, Representation.TRIG), "TriG") + " · "
                + Html.link(context.links().graphStore(context.datasetName(), iri), "graph store");
        body.append(new FactList()
                .add("Source name", Html.escape(facts.text(TG.sourceName).orElse("")))
                .add("Title", Html.escape(facts.text(DCTerms.title).orElse("")))
                .add("Published", Html.escape(facts.text(DCTerms.issued).orElse("")))
                .add("Publisher", context.values(facts.values(DCTerms.publisher)))
                .add("Author", context.values(facts.values(DCTerms.creator)))
                .add("Original", facts.values(DCTerms.source).stream()
                        .map(v -> Html.externalLink(v.text(), v.text())).collect(Collectors.joining("<br>")))
                .add("Extracted by", context.values(facts.values(PROV.wasGeneratedBy)))
                .add("Named graph", graphLinks)
                .render());

        List<Row> spans = context.reader().select(KgQuery.DOCUMENT_SPANS, q -> q.setIri("this", iri));
        body.append("<h2 id=\"text\">Text</h2><p class=\"legend\">")
                .append("<span><a class=\"m\">entity mention</a></span>")
                .append("<span><mark class=\"ev\">event</mark></span>")
                .append("<span><mark class=\"cl\">claim <em class=\"ct\">content</em></mark></span></p>");
        String text = context.texts().of(iri).orElse("");
        body.append("<div class=\"doc\">")
                .append(SpanMarkup.render(text, 0, text.length(), highlights(spans, text)))
                .append("</div>");
        body.append(lists(iri, spans));
        return Layout.page(context.links(), title, body.toString());
    }

    private List<Highlight> highlights(List<Row> spans, String text) {
        context.labels().preload(spans.stream().flatMap(row -> row.iri("target").stream()).toList());
        Set<Highlight> marks = new LinkedHashSet<>();
        for (Row row : spans) {
            if (row.iri("target").isEmpty() || row.integer("begin").isEmpty() || row.integer("end").isEmpty()) {
                continue;
            }
            String target = row.iri("target").get();
            int begin = (int) row.integer("begin").getAsLong();
            int end = (int) row.integer("end").getAsLong();
            String href = context.links().href(target);
            switch (row.text("kind").orElse("")) {
                case "mention" -> marks.add(new Highlight(begin, end, Highlight.Kind.MENTION, href,
                        context.labels().of(target), "char=" + begin + "," + end));
                case "event" -> marks.add(new Highlight(begin, end, Highlight.Kind.EVENT, href,
                        context.labels().of(target), null));
                case "claim" -> {
                    marks.add(new Highlight(begin, end, Highlight.Kind.CLAIM, href, "Claim", null));
                    row.text("claimText").ifPresent(claimText -> {
                        int at = begin <= end && end <= text.length() ? text.substring(begin, end).indexOf(claimText) : -1;
                        if (at >= 0) {
                            marks.add(Highlight.of(begin + at, begin + at + claimText.length(), Highlight.Kind.CLAIM_TEXT));
                        }
                    });
                }
                default -> { }
            }
        }
        return new ArrayList<>(marks);
    }

    private String lists(String iri, List<Row> spans) {
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        Map<String, Integer> mentionCounts = new LinkedHashMap<>();
        for (Row row : spans) {
            String kind = row.text("kind").orElse("");
            row.iri("target").ifPresent(target -> {
                byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(target);
                if (kind.equals("mention")) {
                    mentionCounts.merge(target, 1, Integer::sum);
                }
            });
        }
        StringBuilder out = new StringBuilder();
        Set<String> events = byKind.getOrDefault("event", Set.of());
        out.append("<h2 id=\"events\">Events (").append(events.size()).append(")</h2>");
        TableView tables = new TableView(context);
        int page = ActivitySection.page(context.parameters());
        String here = context.links().href(iri);
        out.append(tables.render(context.tables().documentEvents(iri), page, p -> here + "?page=" + p + "#events",
                "None extracted."));
        Set<String> claims = byKind.getOrDefault("claim", Set.of());
        out.append("<h2 id=\"claims\">Claims (").append(claims.size()).append(")</h2>");
        out.append(tables.render(context.tables().documentClaims(iri), page, p -> here + "?page=" + p + "#claims",
                "None extracted."));
        out.append("<h2 id=\"entities\">Entities (").append(mentionCounts.size()).append(")</h2>");
        if (mentionCounts.isEmpty()) {
            out.append("<p class=\"muted\">None recognized.</p>");
        } else {
            out.append("<ul>");
            mentionCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(e -> context.labels().of(e.getKey())))
                    .forEach(e -> out.append("<li>").append(context.link(e.getKey()))
                            .append(" <span class=\"muted\">×").append(e.getValue()).append("</span></li>"));
            out.append("</ul>");
        }
        return out.toString();
    }
}
