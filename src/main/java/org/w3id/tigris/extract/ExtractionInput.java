package org.w3id.tigris.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * What event and claim extraction read from one document.
 *
 * @param text      the document text; every offset points into it
 * @param articles  its articles with their sentences (boilerplate already left out)
 * @param mentions  every resolved entity mention; events and claims can only point at these
 * @param published the document's publication date, the reference for relative dates when an
 *                  article gives no date of its own
 */
public record ExtractionInput(String text, List<AnnotatedArticle> articles, List<ResolvedMention> mentions,
                              Optional<LocalDate> published) {
    public ExtractionInput {
        articles = List.copyOf(articles);
        mentions = List.copyOf(mentions);
    }
}
