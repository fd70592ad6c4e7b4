package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * An entity's mentions a page of sources at a time, each mention marked in its sentence. A
 * frequent entity is named in nearly every document, so nothing here reads all its mentions:
 * they are counted up to a cap, one page of sources is chosen in the store's order, and only
 * the mentions in those sources are read.
 */
final class EntityMentions {
    /** Sources quoted on one page. */
    static final int SOURCES_PER_PAGE = 20;
    /** The URL parameter naming the page of sources (zero-based). */
    static final String PARAMETER = "mentions";
    /** What mention-count.rq counts up to: one more means "more than". */
    static final int COUNT_CAP = 2000;
    /** Beyond this a page number is a typo, not a reader paging on. */
    private static final int MAX_PAGE = 1_000_000;

    private final PageContext context;

    EntityMentions(PageContext context) {
        this.context = context;
    }

    /** @param path the entity page's path, which the previous and next links point to */
    String render(String iri, String path) {
        int page = page(context.parameters());
        Row counts = context.reader().select(KgQuery.MENTION_COUNT, q -> q.setIri("this", iri)).stream()
                .findFirst().orElse(new Row(Map.of()));
        long mentions = counts.integer("mentions").orElse(0);
        long sources = counts.integer("sources").orElse(0);
        StringBuilder out = new StringBuilder("<h2 id=\"mentions\">Mentions (");
        if (mentions > COUNT_CAP) {
            out.append("more than ").append(String.format("%,d", COUNT_CAP));
        } else {
            out.append(mentions).append(" in ").append(sources).append(sources == 1 ? " source" : " sources");
        }
        out.append(")</h2>");
        if (mentions == 0) {
            return out.append("<p class=\"muted\">No mentions recorded.</p>").toString();
        }
        List<String> chosen = sources(iri, page);
        boolean more = chosen.size() > SOURCES_PER_PAGE;
        List<String> shown = chosen.subList(0, Math.min(chosen.size(), SOURCES_PER_PAGE));
        if (shown.isEmpty()) {
            return out.append("<p class=\"muted\">No sources on this page; ")
                    .append(Html.link(path + "#mentions", "the first page")).append(" has some.</p>").toString();
        }
        context.documents().load(shown);
        SourceQuote quote = new SourceQuote(context);
        mentionsIn(iri, shown).forEach((document, hits) -> {
            out.append("<h3>").append(context.link(document)).append("</h3>");
            String text = context.texts().of(document).orElse("");
            Map<TextWindow, List<Highlight>> bySentence = new LinkedHashMap<>();
            for (Highlight hit : hits) {
                bySentence.computeIfAbsent(TextWindow.sentence(text, hit.begin(), hit.end()), s -> new ArrayList<>())
                        .add(hit);
            }
            bySentence.forEach((sentence, marks) -> out.append(
                    quote.render(document, marks.get(0).begin(), marks.get(0).end(), marks, false)));
        });
        out.append(pager(path, page, shown.size(), more));
        return out.toString();
    }

    /** One more than a page of sources, so that the page knows whether there is a next. */
    private List<String> sources(String iri, int page) {
        Query query = ResultTable.pageOf(context.reader().prepared(KgQuery.MENTION_SOURCES, q -> q.setIri("this", iri)),
                SOURCES_PER_PAGE + 1L, (long) page * SOURCES_PER_PAGE);
        return context.reader().select(query).stream().flatMap(row -> row.iri("g").stream()).toList();
    }

    /** The mentions in the sources, by document in the order of the text. */
    private Map<String, List<Highlight>> mentionsIn(String iri, List<String> sources) {
        List<RDFNode> graphs = sources.stream().map(s -> (RDFNode) ResourceFactory.createResource(s)).toList();
        Map<String, List<Highlight>> byDocument = new LinkedHashMap<>();
        for (Row row : context.reader().select(KgQuery.MENTIONS_IN, q -> {
            q.setIri("this", iri);
            q.setValues("sources", graphs);
        })) {
            if (row.iri("doc").isEmpty() || row.integer("begin").isEmpty() || row.integer("end").isEmpty()) {
                continue;
            }
            byDocument.computeIfAbsent(row.iri("doc").get(), d -> new ArrayList<>())
                    .add(new Highlight((int) row.integer("begin").getAsLong(), (int) row.integer("end").getAsLong(),
                            Highlight.Kind.HIT, null, null, null));
        }
        return byDocument;
    }

    private static String pager(String path, int page, int shown, boolean more) {
        if (page == 0 && !more) {
            return "";
        }
        StringBuilder out = new StringBuilder("<p class=\"pager\">");
        if (page > 0) {
            out.append(Html.link(href(path, page - 1), "← previous")).append(' ');
        }
        out.append("<span class=\"muted\">sources ").append(page * SOURCES_PER_PAGE + 1).append('–')
                .append(page * SOURCES_PER_PAGE + shown).append("</span>");
        if (more) {
            out.append(' ').append(Html.link(href(path, page + 1), "next →"));
        }
        return out.append("</p>").toString();
    }

    private static String href(String path, int page) {
        return (page == 0 ? path : path + "?" + PARAMETER + "=" + page) + "#mentions";
    }

    static int page(Map<String, String[]> parameters) {
        String[] values = parameters.get(PARAMETER);
        try {
            return values == null || values.length == 0 ? 0
                    : Math.min(MAX_PAGE, Math.max(0, Integer.parseInt(values[0])));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
