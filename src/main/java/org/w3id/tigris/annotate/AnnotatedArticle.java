package org.w3id.tigris.annotate;

import java.util.List;
import org.w3id.tigris.segment.Article;

/**
 * An article with its sentences: the headline's sentences first (a headline is never
 * joined to the lede), then the body's. A sentence lies in the headline when it begins
 * before {@code article.headlineEnd()}.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public boolean inHeadline(Sentence sentence) {
        return article.hasHeadline() && sentence.begin() < article.headlineEnd();
    }
}
