package org.w3id.tigris.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What segmentation found in a document: its news items, the spans that are boilerplate
 * (navigation, newsletter, fundraising, social prompts, spam) and yield no facts, and the
 * document-level metadata read from the text itself.
 *
 * @param articles    the items, in text order, non-overlapping
 * @param boilerplate spans {@code [begin, end)} that carry no news
 * @param published   the document's publication date as stated in its text (dateline, byline)
 * @param byline      the author names given by a byline, when there is one document-level byline
 * @param authors     where every byline of the document names an author, its items' bylines
 *                    included; a byline line is boilerplate, so no later stage reads it
 */
public record Segmentation(List<Article> articles, List<Boilerplate> boilerplate,
                           Optional<LocalDate> published, List<String> byline, List<NameSpan> authors) {
    public Segmentation {
        articles = List.copyOf(articles);
        boilerplate = List.copyOf(boilerplate);
        byline = List.copyOf(byline);
        authors = List.copyOf(authors);
    }

    /** The dateline lines among the boilerplate: read for their dates, and their places named. */
    public List<Boilerplate> datelines() {
        return boilerplate.stream().filter(b -> b.reason().equals("dateline")).toList();
    }

    /** A segmentation without author spans. */
    public Segmentation(List<Article> articles, List<Boilerplate> boilerplate, Optional<LocalDate> published,
                        List<String> byline) {
        this(articles, boilerplate, published, byline, List.of());
    }
}
