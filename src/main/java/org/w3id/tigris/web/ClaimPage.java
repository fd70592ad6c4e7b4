package org.w3id.tigris.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * A claim: the source sentence in its context with the claim marked, who made it and what
 * it is about, and beside it the claims other sources make about the same events and actors.
 */
final class ClaimPage {
    /** Cards shown side by side; the closest first (shared events before shared actors). */
    private static final int MAX_RELATED = 30;
    /** How many related claims each of the two reads may return (see {@link RelatedClaims}). */
    private static final int RELATED_READ = 500;

    private final PageContext context;

    ClaimPage(PageContext context) {
        this.context = context;
    }

    String render(String iri) {
        Facts facts = Facts.of(context.reader(), iri);
        // A joint claim has several claimants: every one is named.
        List<String> claimants = facts.values(TG.claimant).stream()
                .map(v -> v.label().orElseGet(() -> context.labels().of(v.text()))).distinct().sorted().toList();
        String speaker = claimants.isEmpty() ? "an unnamed source"
                : claimants.size() == 1 ? claimants.get(0)
                : String.join(", ", claimants.subList(0, claimants.size() - 1)) + " and " + claimants.get(claimants.size() - 1);
        String title = "Claim by " + speaker;
        StringBuilder body = context.heading(title, facts);
        SourceQuote quote = new SourceQuote(context);
        for (Evidence e : Evidence.of(context.reader(), iri)) {
            body.append(quote.render(e.document(), e.begin(), e.end(),
                    quote.claimMarks(e.document(), e.begin(), e.end(), facts.text(TG.claimText)), true));
        }
        body.append(new FactList()
                .add("Claimant", facts.values(TG.claimant).isEmpty() ? "<span class=\"muted\">unnamed</span>"
                        : context.values(facts.values(TG.claimant)))
                .add("Cue", Html.escape(facts.text(TG.cue).orElse("")))
                .add("Direct quotation", facts.text(TG.direct).map(d -> "true".equals(d) ? "yes" : "no").orElse(""))
                .add("Claim", Html.escape(facts.text(TG.claimText).orElse("")))
                .add("About", context.values(facts.values(TG.about)))
                .add("Date", context.values(facts.values(TG.date)))
                .add("Confidence", context.values(facts.values(TG.confidence)))
                .add("Source", context.values(facts.values(PROV.wasDerivedFrom)))
                .add("IRI", "<code>" + Html.escape(iri) + "</code>")
                .render());
        body.append(related(iri));
        return Layout.page(context.links(), title, body.toString());
    }

    private String related(String iri) {
        RelatedClaims.Related related = new RelatedClaims(context.reader(), RELATED_READ).of(iri);
        Map<String, Set<String>> viaByClaim = related.viaByClaim();
        StringBuilder out = new StringBuilder("<h2 id=\"other-sources\">What other sources claim about the same events and actors (")
                .append(related.capped() ? "more than " + String.format("%,d", viaByClaim.size()) : viaByClaim.size())
                .append(")</h2>");
        if (viaByClaim.isEmpty()) {
            return out.append("<p class=\"muted\">No other source makes a claim about the same events or actors.</p>")
                    .toString();
        }
        ClaimCard card = new ClaimCard(context);
        out.append("<div class=\"grid side-by-side\">");
        viaByClaim.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -closeness(e.getValue())))
                .limit(MAX_RELATED)
                .forEach(e -> out.append(card.render(e.getKey(), "about "
                        + e.getValue().stream().map(context::link).collect(Collectors.joining(", ")))));
        out.append("</div>");
        if (viaByClaim.size() > MAX_RELATED) {
            out.append("<p class=\"muted\">").append(related.capped() ? "More" : viaByClaim.size() - MAX_RELATED + " more")
                    .append(", less closely related, not shown.</p>");
        }
        return out.toString();
    }

    /**
     * How closely a claim from elsewhere bears on this one: a shared event counts for much
     * more than a shared actor or place (many claims mention the same country).
     */
    private int closeness(Set<String> via) {
        return via.stream().mapToInt(iri -> context.links().isLocal(iri)
                && ResourceKind.ofPath(context.links().localPath(iri)) == ResourceKind.EVENT ? 10 : 1).sum();
    }

    static List<String> claimsAbout(PageContext context, String iri) {
        return context.reader().select(KgQuery.CLAIMS_ABOUT, q -> q.setIri("this", iri)).stream()
                .flatMap(row -> row.iri("claim").stream()).toList();
    }
}
