package org.w3id.tigris.extract;

import java.util.List;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;

/** Prints the claims of the dev sentences containing a given string: for debugging rules. */
public final class ClaimTrace {
    private ClaimTrace() {
    }

    public static void main(String[] args) {
        Annotator annotator = new Annotator(AnnotationModels.load());
        List<DevSet.Doc> docs = DevSet.load(annotator, args.length > 1 && args[1].equals("gold-mentions")
                ? DevSet::goldMentions : DevSetChain.mentions());
        Lexicon lexicon = Lexicon.load();
        ClaimExtractor extractor = new ClaimExtractor(lexicon);
        for (DevSet.Doc doc : docs) {
            DocumentView view = new DocumentView(doc.input(), lexicon);
            for (ArticleView a : view.articles) {
                List<ClaimDraft> earlier = new java.util.ArrayList<>();
                for (SentenceView s : a.sentences) {
                    List<ClaimDraft> found = extractor.traceSentence(s, earlier);
                    if (s.toString().contains(args[0])) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < s.size(); i++) {
                            sb.append(s.token(i).text());
                            if (s.mention(i) != null)
                                sb.append('[').append(s.mention(i).entity().id()).append(']');
                            sb.append('/').append(s.pos(i)).append(s.verbal(i) ? "!" : "").append(s.quoted(i) ? "q" : "").append(' ');
                        }
                        System.out.println(sb);
                        for (ClaimDraft c : found)
                            System.out.println("   -> " + c + (c.dropped ? " DROPPED" : ""));
                    }
                    found.removeIf(c -> c.dropped);
                    earlier.addAll(found);
                }
            }
        }
    }
}
