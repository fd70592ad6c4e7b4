package org.w3id.tigris.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.Sentence;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.time.DateValue;

/** One article's sentences, with the date its relative expressions are resolved against. */
final class ArticleView {
    final DocumentView document;
    final Article article;
    final int index;
    final List<SentenceView> sentences;
    /** the article's own date, else the document's publication date */
    final Optional<LocalDate> reference;

    ArticleView(DocumentView document, AnnotatedArticle annotated, int index) {
        this.document = document;
        this.article = annotated.article();
        this.index = index;
        List<SentenceView> views = new ArrayList<>();
        boolean ledeSeen = false;
        for (Sentence s : annotated.sentences()) {
            boolean headline = annotated.inHeadline(s);
            boolean lede = !headline && !ledeSeen;
            if (lede)
                ledeSeen = true;
            views.add(new SentenceView(this, s, views.size(), headline, lede));
        }
        this.sentences = List.copyOf(views);
        this.reference = article.date().or(() -> document.published).or(this::datelineDate);
    }

    /** The date a lede's dateline gives ("Baghdad, 9 December 2023 - …"), when nothing else dates the article. */
    private Optional<LocalDate> datelineDate() {
        for (SentenceView s : sentences) {
            if (!s.lede || s.datelineEnd == 0)
                continue;
            int end = s.begin(s.datelineEnd - 1);
            return document.lexicon().dates.find(document.text, s.sentence.begin(), end, Optional.empty()).stream()
                    .filter(d -> d.value().precision() == DateValue.Precision.DAY)
                    .map(d -> LocalDate.parse(d.value().lexical())).findFirst();
        }
        return Optional.empty();
    }

    /** Sentences that come before {@code sentence} in this article, nearest first. */
    List<SentenceView> before(SentenceView sentence) {
        List<SentenceView> out = new ArrayList<>(sentences.subList(0, sentence.index));
        Collections.reverse(out);
        return out;
    }
}
