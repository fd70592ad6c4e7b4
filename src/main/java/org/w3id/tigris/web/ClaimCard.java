package org.w3id.tigris.web;

import java.util.List;
import org.w3id.tigris.rdf.TG;

/** A claim in brief: who said it, how, its sentence with the claim marked, and its source. */
final class ClaimCard {

    private final PageContext context;

    ClaimCard(PageContext context) {
        this.context = context;
    }

    /** @param note an already-escaped line shown under the card (why it is here), or empty */
    String render(String claimIri, String note) {
        Facts facts = Facts.of(context.reader(), claimIri);
        StringBuilder out = new StringBuilder("<div class=\"card claim\">");
        out.append("<p class=\"who\">").append(speaker(facts)).append(' ')
                .append("<span class=\"cue\">").append(Html.escape(facts.text(TG.cue).orElse("says"))).append("</span>")
                .append(facts.text(TG.direct).filter("true"::equals).isPresent() ? " <span class=\"muted\">(quoted)</span>" : "")
                .append("</p>");
        List<Evidence> evidence = Evidence.of(context.reader(), claimIri);
        SourceQuote quote = new SourceQuote(context);
        if (evidence.isEmpty()) {
            out.append("<blockquote class=\"src\">")
                    .append(Html.escape(facts.text(TG.claimText).orElse(""))).append("</blockquote>");
        } else {
            Evidence e = evidence.get(0);
            out.append(quote.render(e.document(), e.begin(), e.end(),
                    quote.claimMarks(e.document(), e.begin(), e.end(), facts.text(TG.claimText)), false));
        }
        out.append("<p class=\"meta\">")
                .append(Html.link(context.links().href(claimIri), "claim page"));
        facts.text(TG.date).ifPresent(d -> out.append(" · ").append(Html.escape(d)));
        out.append("</p>");
        if (!note.isEmpty()) {
            out.append("<p class=\"via\">").append(note).append("</p>");
        }
        return out.append("</div>").toString();
    }

    private String speaker(Facts facts) {
        List<Facts.Value> claimants = facts.values(TG.claimant);
        return claimants.isEmpty() ? "<span class=\"muted\">An unnamed source</span>"
                : context.values(claimants);
    }
}
