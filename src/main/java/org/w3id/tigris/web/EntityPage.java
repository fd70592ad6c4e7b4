package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.tigris.rdf.TG;
import org.w3id.tigris.web.map.GeoPoint;

/**
 * An actor or place: its types, names, links to other datasets, coordinates, its mentions a
 * page of sources at a time (each in its sentence, marked), the claims it made and those about
 * it, and the events it took part in.
 */
final class EntityPage {
    /** Claim cards shown in each list; all claims are in the table of events and claims. */
    private static final int MAX_CLAIM_CARDS = 12;
    /** claims-of.rq reads at most one more than this many claims of each role. */
    private static final int CLAIM_COUNT_CAP = 1000;

    private final PageContext context;

    EntityPage(PageContext context) {
        this.context = context;
    }

    String render(String iri) {
        Facts facts = Facts.ofEntity(context.reader(), iri);
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
        body.append(activity(iri));
        body.append(new EntityMentions(context).render(iri, context.links().href(iri)));
        body.append(claims(iri));
        return Layout.page(context.links(), name, body.toString());
    }

    private String coordinates(String iri) {
        return context.reader().select(KgQuery.GEOMETRY, q -> q.setIri("this", iri)).stream()
                .flatMap(row -> row.text("wkt").stream())
                .map(wkt -> GeoPoint.fromWkt(wkt)
                        .map(p -> Html.escape("latitude " + p.lat() + ", longitude " + p.lon())
                                + " <span class=\"muted\"><code>" + Html.escape(wkt) + "</code></span>")
                        .orElse("<code>" + Html.escape(wkt) + "</code>"))
                .distinct().collect(Collectors.joining("<br>"));
    }

    private String claims(String iri) {
        List<String> by = new ArrayList<>();
        List<String> about = new ArrayList<>();
        for (Row row : context.reader().select(KgQuery.CLAIMS_OF, q -> q.setIri("this", iri))) {
            row.iri("claim").ifPresent(claim -> ("by".equals(row.text("role").orElse("")) ? by : about).add(claim));
        }
        ClaimCard card = new ClaimCard(context);
        StringBuilder out = new StringBuilder("<h2 id=\"claims-by\">Claims by ")
                .append(Html.escape(context.labels().of(iri))).append(" (").append(count(by)).append(")</h2>");
        out.append(cards(by, card));
        out.append("<h2 id=\"claims-about\">Claims about ").append(Html.escape(context.labels().of(iri)))
                .append(" (").append(count(about)).append(")</h2>");
        out.append(cards(about, card));
        return out.toString();
    }

    private static String count(List<String> claims) {
        return claims.size() > CLAIM_COUNT_CAP ? "more than " + String.format("%,d", CLAIM_COUNT_CAP)
                : String.valueOf(claims.size());
    }

    private static String cards(List<String> claims, ClaimCard card) {
        if (claims.isEmpty()) {
            return "<p class=\"muted\">None recorded.</p>";
        }
        String more = claims.size() > MAX_CLAIM_CARDS ? "<p class=\"muted\">The first " + MAX_CLAIM_CARDS
                + " shown; all of them are in the table of events and claims above.</p>" : "";
        return "<div class=\"grid\">" + claims.stream().limit(MAX_CLAIM_CARDS).map(c -> card.render(c, ""))
                .collect(Collectors.joining()) + "</div>" + more;
    }

    /** The entity's events and claims: filters, map, timeline and table. */
    private String activity(String iri) {
        String slug = Tables.slug(iri);
        return new ActivitySection(context, context.tables()).render(ActivityScope.entity(iri), context.facets(),
                ActivitySection.page(context.parameters()), context.links().href(iri), "",
                "entity=" + FacetSelection.encode(slug));
    }
}
