package org.w3id.tigris.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.w3id.tigris.rdf.TG;

/**
 * The same event in other sources: the tg:EventCluster that keeps an event, with where its
 * reports disagree (casualty ranges, agents and targets named by some sources only) and the
 * other reports side by side with the claims made about them.
 */
final class ClusterCard {
    private final PageContext context;

    ClusterCard(PageContext context) {
        this.context = context;
    }

    String render(String eventIri) {
        Optional<String> cluster = context.reader().select(KgQuery.EVENT_CLUSTER, q -> q.setIri("this", eventIri))
                .stream().flatMap(row -> row.iri("cluster").stream()).findFirst();
        Facts facts = cluster.map(c -> Facts.of(context.reader(), c)).orElse(null);
        List<String> others = facts == null ? List.of()
                : facts.iris(TG.report).stream().filter(r -> !r.equals(eventIri)).sorted().toList();
        StringBuilder out = new StringBuilder("<h2 id=\"other-sources\">The same event in other sources (")
                .append(others.size()).append(")</h2>");
        if (others.isEmpty()) {
            return out.append("<p class=\"muted\">No other source is known to report this event: reports are linked"
                    + " only when their type agrees, their dates and places do not contradict, and they share the"
                    + " day and the town or a participant, or the month, the town and a participant.</p>").toString();
        }
        out.append("<p>").append(context.link(cluster.get())).append(": ").append(others.size() + 1)
                .append(" reports of one event.</p>");
        out.append(new FactList()
                .add("Killed", range(facts, TG.killedMin, TG.killedMax))
                .add("Injured", range(facts, TG.injuredMin, TG.injuredMax))
                .add("Agent, in every source", context.values(facts.values(TG.agentNamedByAll)))
                .add("Agent, in some sources only", context.values(facts.values(TG.agentNamedBySome)))
                .add("Target, in every source", context.values(facts.values(TG.targetNamedByAll)))
                .add("Target, in some sources only", context.values(facts.values(TG.targetNamedBySome)))
                .render());
        EventCard eventCard = new EventCard(context);
        ClaimCard claimCard = new ClaimCard(context);
        out.append("<div class=\"grid side-by-side\">");
        for (String other : others) {
            out.append(eventCard.render(other));
            for (String claim : ClaimPage.claimsAbout(context, other)) {
                out.append(claimCard.render(claim, "about " + context.link(other)));
            }
        }
        return out.append("</div>").toString();
    }

    /** "14" when the sources that give a figure agree, "14 to 31 (the sources disagree)" when not. */
    private static String range(Facts facts, Property min, Property max) {
        String low = facts.values(min).stream().map(Facts.Value::text).collect(Collectors.joining());
        String high = facts.values(max).stream().map(Facts.Value::text).collect(Collectors.joining());
        if (low.isEmpty() || high.isEmpty()) {
            return "";
        }
        return low.equals(high) ? Html.escape(low)
                : Html.escape(low) + " to " + Html.escape(high) + " <span class=\"muted\">(the sources disagree)</span>";
    }
}
