package org.w3id.tigris.extract;

import java.util.List;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.annotate.Token;

/** Prints, sentence by sentence, the event drafts of one dev document: for debugging rules. */
public final class DevSetTrace {
    private DevSetTrace() {
    }

    public static void main(String[] args) {
        Annotator annotator = new Annotator(AnnotationModels.load());
        List<DevSet.Doc> docs = DevSet.load(annotator, args.length > 1 && args[1].equals("gold-mentions")
                ? DevSet::goldMentions : DevSetChain.mentions());
        Lexicon lexicon = Lexicon.load();
        EventExtractor extractor = new EventExtractor(lexicon);
        for (DevSet.Doc doc : docs) {
            if (!doc.name().startsWith(args[0]))
                continue;
            DocumentView view = new DocumentView(doc.input(), lexicon);
            for (ArticleView a : view.articles) {
                System.out.println("## article " + a.index + " ref=" + a.reference.orElse(null));
                for (SentenceView s : a.sentences) {
                    StringBuilder sb = new StringBuilder(s.headline ? "H " : s.lede ? "L " : "  ");
                    for (int i = 0; i < s.size(); i++) {
                        Token t = s.token(i);
                        sb.append(t.text());
                        if (s.mention(i) != null)
                            sb.append('[').append(s.mention(i).entity().id()).append(']');
                        sb.append('/').append(t.pos()).append(s.verbal(i) ? "!" : "").append(' ');
                    }
                    System.out.println(sb);
                    for (EventDraft d : extractor.sentenceEvents(s))
                        System.out.println("    -> " + d + (d.anaphoric ? " (anaphoric)" : ""));
                }
            }
            System.out.println("## final");
            for (EventDraft d : extractor.drafts(view)) {
                StringBuilder m = new StringBuilder();
                for (EventDraft x : d.mergedFrom)
                    m.append(" +").append(x.triggerText()).append('@').append(x.sentence.index)
                            .append(x.mergedFrom.isEmpty() ? "" : "(" + x.mergedFrom.size() + ")");
                System.out.println("  " + d + " @" + d.sentence.article.index + "/" + d.sentence.index + m);
            }
        }
    }
}
