package org.w3id.tigris.web;

import java.util.List;
import org.w3id.tigris.rdf.PROV;

/** An event in brief: its type and date, who did what to whom where, and its sentence. */
final class EventCard {
    private final PageContext context;

    EventCard(PageContext context) {
        this.context = context;
    }

    String render(String eventIri) {
        Facts facts = Facts.of(context.reader(), eventIri);
        StringBuilder out = new StringBuilder("<div class=\"card event\"><p><b>")
                .append(Html.link(context.links().href(eventIri), context.labels().of(eventIri)))
                .append("</b></p>");
        out.append(EventPage.arguments(context, facts));
        List<Evidence> evidence = Evidence.of(context.reader(), eventIri);
        if (!evidence.isEmpty()) {
            Evidence e = evidence.get(0);
            out.append(new SourceQuote(context).render(e.document(), e.begin(), e.end(),
                    List.of(Highlight.of(e.begin(), e.end(), Highlight.Kind.EVENT)), false));
        } else {
            facts.iris(PROV.wasDerivedFrom).forEach(doc ->
                    out.append("<p class=\"meta\">").append(context.link(doc)).append("</p>"));
        }
        return out.append("</div>").toString();
    }
}
