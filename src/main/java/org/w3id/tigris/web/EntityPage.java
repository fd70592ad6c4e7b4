package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * An actor or place: its types, names, links to other datasets, coordinates, every mention
 * in every source (in its sentence, marked), the claims it made and those about it, and the
 * events it took part in.
 */
final class EntityPage {
    private static final Pattern POINT = Pattern.compile(
            "POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final PageContext context;

    EntityPage(PageContext context) {
        this.context = context;
    }

    String render(String iri) {
        Facts facts = Facts.of(context.reader(), iri);
        String name = context.labels().of(iri);
        StringBuilder body = context.heading(name, facts);
        List<Facts.Value> names = new ArrayList<>(facts.values(RDFS.label));
        names.addAll(facts.values(SKOS.altLabel));
        body.append(new FactList()
                .add("Names", names.stream().map(v -> Html.escape(v.text())).distinct()
                        .collect(Collectors.joining(" · ")))
                .add("Same as", facts.values(OWL.sameAs).stream()
                        .map(v -> Html.externalLink(v.text(), v.text())).collect(Collectors.joining("<br>")))
                .add("Coordinates", coordinates(iri))
                .add("Located in", context.values(facts.values(TG.locatedIn)))
                .add("Member of", context.values(facts.values(TG.memberOf)))
                .add("Affiliated with", context.values(facts.values(TG.affiliatedWith)))
                .add("IRI", "<code>" + Html.escape(iri) + "</code>")
                .render());
        body.append(mentions(iri));
        body.append(claims(iri));
        body.append(events(iri));
        return Layout.page(context.links(), name, body.toString());
    }

    private String coordinates(String iri) {
        return context.reader().select(KgQuery.GEOMETRY, q -> q.setIri("this", iri)).stream()
                .flatMap(row -> row.text("wkt").stream())
                .map(wkt -> {
                    Matcher point = POINT.matcher(wkt);
                    return point.find()
                            ? Html.escape("latitude " + point.group(2) + ", longitude " + point.group(1))
                            + " <span class=\"muted\"><code>" + Html.escape(wkt) + "</code></span>"
                            : "<code>" + Html.escape(wkt) + "</code>";
                })
                .distinct().collect(Collectors.joining("<br>"));
    }

    /** Every mention, grouped by document and then by sentence, each mention marked. */
    private String mentions(String iri) {
        Map<String, List<Highlight>> byDocument = new LinkedHashMap<>();
        for (Row row : context.reader().select(KgQuery.MENTIONS_OF, q -> q.setIri("this", iri))) {
            if (row.iri("doc").isEmpty() || row.integer("begin").isEmpty() || row.integer("end").isEmpty()) {
                continue;
            }
            int begin = (int) row.integer("begin").getAsLong();
            int end = (int) row.integer("end").getAsLong();
            byDocument.computeIfAbsent(row.iri("doc").get(), d -> new ArrayList<>())
                    .add(new Highlight(begin, end, Highlight.Kind.HIT, null, null, null));
        }
        int total = byDocument.values().stream().mapToInt(List::size).sum();
        StringBuilder out = new StringBuilder("<h2 id=\"mentions\">Mentions (").append(total)
                .append(" in ").append(byDocument.size()).append(byDocument.size() == 1 ? " source" : " sources")
                .append(")</h2>");
        if (total == 0) {
            return out.append("<p class=\"muted\">No mentions recorded.</p>").toString();
        }
        SourceQuote quote = new SourceQuote(context);
        byDocument.forEach((document, hits) -> {
            out.append("<h3>").append(context.link(document)).append("</h3>");
            String text = context.texts().of(document).orElse("");
            Map<TextWindow, List<Highlight>> bySentence = new LinkedHashMap<>();
            for (Highlight hit : hits) {
                TextWindow sentence = TextWindow.sentence(text, hit.begin(), hit.end());
                bySentence.computeIfAbsent(sentence, s -> new ArrayList<>()).add(hit);
            }
            bySentence.forEach((sentence, marks) -> out.append(
                    quote.render(document, marks.get(0).begin(), marks.get(0).end(), marks, false)));
        });
        return out.toString();
    }

    private String claims(String iri) {
        List<String> by = new ArrayList<>();
        List<String> about = new ArrayList<>();
        for (Row row : context.reader().select(KgQuery.CLAIMS_OF, q -> q.setIri("this", iri))) {
            row.iri("claim").ifPresent(claim -> ("by".equals(row.text("role").orElse("")) ? by : about).add(claim));
        }
        ClaimCard card = new ClaimCard(context);
        StringBuilder out = new StringBuilder("<h2 id=\"claims-by\">Claims by ")
                .append(Html.escape(context.labels().of(iri))).append(" (").append(by.size()).append(")</h2>");
        out.append(by.isEmpty() ? "<p class=\"muted\">None recorded.</p>"
                : "<div class=\"grid\">" + by.stream().map(c -> card.render(c, "")).collect(Collectors.joining()) + "</div>");
        out.append("<h2 id=\"claims-about\">Claims about ").append(Html.escape(context.labels().of(iri)))
                .append(" (").append(about.size()).append(")</h2>");
        out.append(about.isEmpty() ? "<p class=\"muted\">None recorded.</p>"
                : "<div class=\"grid\">" + about.stream().map(c -> card.render(c, "")).collect(Collectors.joining()) + "</div>");
        return out.toString();
    }

    private String events(String iri) {
        List<Row> rows = context.reader().select(KgQuery.EVENTS_OF, q -> q.setIri("this", iri));
        StringBuilder out = new StringBuilder("<h2 id=\"events\">Events (").append(rows.size()).append(")</h2>");
        if (rows.isEmpty()) {
            return out.append("<p class=\"muted\">No events recorded.</p>").toString();
        }
        out.append("<table><thead><tr><th>Event</th><th>Role</th><th>Source</th></tr></thead><tbody>");
        for (Row row : rows) {
            String event = row.iri("event").orElseThrow();
            String role = Labels.localName(row.iri("role").orElse(""));
            String sources = Facts.of(context.reader(), event).iris(PROV.wasDerivedFrom).stream()
                    .map(context::link).collect(Collectors.joining(", "));
            out.append("<tr><td>").append(context.link(event)).append("</td><td>")
                    .append(Html.escape(role)).append("</td><td>").append(sources).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
