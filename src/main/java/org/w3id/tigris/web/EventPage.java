package org.w3id.tigris.web;

import java.util.List;
import java.util.stream.Collectors;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * An event: the source sentence in context with the event marked, its arguments, the claims
 * about it, and the same event as other sources report it (events of the same type on the
 * same day at the same place, see {@link SameEvent}), with their claims, side by side.
 */
final class EventPage {
    private final PageContext context;

    EventPage(PageContext context) {
        this.context = context;
    }

    String render(String iri) {
        Facts facts = Facts.of(context.reader(), iri);
        String title = context.labels().of(iri);
        StringBuilder body = context.heading(title, facts);
        SourceQuote quote = new SourceQuote(context);
        for (Evidence e : Evidence.of(context.reader(), iri)) {
            body.append(quote.render(e.document(), e.begin(), e.end(),
                    List.of(Highlight.of(e.begin(), e.end(), Highlight.Kind.EVENT)), true));
        }
        body.append(new FactList()
                .add("Agent", context.values(facts.values(TG.agent)))
                .add("Target", context.values(facts.values(TG.target)))
                .add("Place", context.values(facts.values(TG.place)))
                .add("Date", context.values(facts.values(TG.date)))
                .add("Killed", context.values(facts.values(TG.killed)))
                .add("Injured", context.values(facts.values(TG.injured)))
                .add("Mode", context.values(facts.values(TG.mode)))
                .add("Trigger", context.values(facts.values(TG.trigger)))
                .add("Confidence", context.values(facts.values(TG.confidence)))
                .add("Source", context.values(facts.values(PROV.wasDerivedFrom)))
                .add("IRI", "<code>" + Html.escape(iri) + "</code>")
                .render());

        body.append("<h2 id=\"map\">Where</h2>")
                .append(new ActivitySection(context, context.tables()).map(ActivityScope.event(iri), FacetSelection.NONE));

        ClaimCard card = new ClaimCard(context);
        List<String> claims = ClaimPage.claimsAbout(context, iri);
        body.append("<h2 id=\"claims\">Claims about this event (").append(claims.size()).append(")</h2>");
        body.append(claims.isEmpty() ? "<p class=\"muted\">None recorded.</p>"
                : "<div class=\"grid\">" + claims.stream().map(c -> card.render(c, "")).collect(Collectors.joining())
                + "</div>");

        List<String> similar = SameEvent.of(context.reader(), iri);
        body.append("<h2 id=\"other-sources\">The same event in other sources (").append(similar.size()).append(")</h2>");
        body.append("<p class=\"muted\">Events of the same type in other documents, dated to the same day (±")
                .append(SameEvent.DAYS).append(") at the same place (within ").append((int) SameEvent.KILOMETRES)
                .append(" km).").append(similar.isEmpty() ? " None." : "").append("</p>");
        if (!similar.isEmpty()) {
            EventCard eventCard = new EventCard(context);
            body.append("<div class=\"grid side-by-side\">");
            for (String other : similar) {
                body.append(eventCard.render(other));
                for (String claim : ClaimPage.claimsAbout(context, other)) {
                    body.append(card.render(claim, "about " + context.link(other)));
                }
            }
            body.append("</div>");
        }
        return Layout.page(context.links(), title, body.toString());
    }

    /** Who did it, to whom, where and when: one line for a card. */
    static String arguments(PageContext context, Facts facts) {
        FactList list = new FactList()
                .add("Agent", context.values(facts.values(TG.agent)))
                .add("Target", context.values(facts.values(TG.target)))
                .add("Place", context.values(facts.values(TG.place)))
                .add("Date", context.values(facts.values(TG.date)));
        return list.render();
    }
}
