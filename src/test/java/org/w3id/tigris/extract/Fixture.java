package org.w3id.tigris.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Boilerplate;
import org.w3id.tigris.segment.Segmentation;

/**
 * Builds an {@link ExtractionInput} from a headline and body written for a test, annotated by
 * the real annotator, with mentions declared by hand (every occurrence of a surface form),
 * so that extraction tests do not depend on recognition.
 */
final class Fixture {
    private final Annotator annotator;
    private final String headline;
    private final String body;
    private final List<String[]> names = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private Optional<LocalDate> date = Optional.empty();
    private Optional<LocalDate> published = Optional.empty();

    private Fixture(Annotator annotator, String headline, String body) {
        this.annotator = annotator;
        this.headline = headline;
        this.body = body;
    }

    /** An article with a headline (may be null) and a body. */
    static Fixture article(Annotator annotator, String headline, String body) {
        return new Fixture(annotator, headline, body);
    }

    /** Every occurrence of {@code surface} names entity {@code id} of the given type. */
    Fixture entity(String surface, String id, EntityType type) {
        names.add(new String[] {surface, id, type.name(), surface});
        return this;
    }

    /** As {@link #entity}, with the entity's canonical label (for country names and aliases). */
    Fixture entity(String surface, String id, EntityType type, String label) {
        names.add(new String[] {surface, id, type.name(), label});
        return this;
    }

    Fixture dated(LocalDate articleDate) {
        this.date = Optional.of(articleDate);
        return this;
    }

    Fixture published(LocalDate publication) {
        this.published = Optional.of(publication);
        return this;
    }

    /** A paragraph after the body that segmentation marked as boilerplate. */
    Fixture boilerplate(String paragraph) {
        boilerplate.add(paragraph);
        return this;
    }

    ExtractionInput build() {
        StringBuilder sb = new StringBuilder();
        int headlineBegin = -1;
        int headlineEnd = -1;
        if (headline != null) {
            headlineBegin = 0;
            sb.append(headline);
            headlineEnd = sb.length();
            sb.append("\n\n");
        }
        int bodyBegin = sb.length();
        sb.append(body);
        int articleEnd = sb.length();
        List<Boilerplate> spans = new ArrayList<>();
        for (String b : boilerplate) {
            sb.append("\n\n");
            int begin = sb.length();
            sb.append(b);
            spans.add(new Boilerplate(begin, sb.length(), "test"));
        }
        String text = sb.toString();
        int end = boilerplate.isEmpty() ? articleEnd : text.length();
        Article article = new Article(0, end, headlineBegin, headlineEnd, bodyBegin, date);
        Segmentation segmentation = new Segmentation(List.of(article), spans, published, List.of());
        List<AnnotatedArticle> articles = annotator.annotate(text, segmentation);
        return new ExtractionInput(text, articles, mentions(text), published);
    }

    private List<ResolvedMention> mentions(String text) {
        List<ResolvedMention> out = new ArrayList<>();
        for (String[] n : names) {
            EntityType type = EntityType.valueOf(n[2]);
            Entity entity = new Entity(n[1], n[3], type, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), new java.util.HashSet<>(List.of(n[0], n[3])));
            for (int at = text.indexOf(n[0]); at >= 0; at = text.indexOf(n[0], at + 1)) {
                int i = at;
                int e = i + n[0].length();
                boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                boolean right = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
                boolean covered = out.stream().anyMatch(m -> m.mention().begin() <= i && m.mention().end() >= e);
                if (left && right && !covered)
                    out.add(new ResolvedMention(new Mention(i, e, n[0], type, "test", Optional.of(n[1])), entity));
            }
        }
        out.sort((a, b) -> a.mention().begin() - b.mention().begin());
        return out;
    }
}
