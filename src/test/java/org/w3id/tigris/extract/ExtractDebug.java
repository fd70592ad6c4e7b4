package org.w3id.tigris.extract;

import java.time.LocalDate;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.EntityType;

/**
 * Prints the event drafts and claims of one body text: {@code ExtractDebug "text" [yyyy-mm-dd]
 * [surface|id|TYPE …]}. For debugging rules on a sentence.
 */
public final class ExtractDebug {
    private ExtractDebug() {
    }

    public static void main(String[] args) {
        Annotator annotator = new Annotator(AnnotationModels.load());
        Fixture f = Fixture.article(annotator, null, args[0]);
        for (int i = 1; i < args.length; i++) {
            if (args[i].matches("\\d{4}-\\d{2}-\\d{2}")) {
                f.dated(LocalDate.parse(args[i]));
                continue;
            }
            String[] p = args[i].split("\\|");
            f.entity(p[0], p[1], EntityType.valueOf(p[2]));
        }
        ExtractionInput in = f.build();
        Lexicon lexicon = Lexicon.load();
        EventExtractor events = new EventExtractor(lexicon);
        DocumentView view = new DocumentView(in, lexicon);
        for (SentenceView s : view.articles.get(0).sentences) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.size(); i++)
                sb.append(s.token(i).text()).append(s.mention(i) != null ? "[" + s.mention(i).entity().id() + "]" : "")
                        .append('/').append(s.pos(i)).append(s.verbal(i) ? "!" : "").append(' ');
            System.out.println(sb);
            for (EventDraft d : events.sentenceEvents(s))
                System.out.println("   draft " + d);
        }
        events.extract(in).forEach(e -> System.out.println("EVENT " + e));
        new ClaimExtractor(lexicon).extract(in, events.extract(in)).forEach(c -> System.out.println("CLAIM " + c
                + " «" + in.text().substring(c.textBegin(), c.textEnd()) + "»"));
    }
}
