package org.w3id.tigris.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/** Sentence-by-sentence drafts of one file through the whole chain: {@code ChainTrace file}. */
public final class ChainTrace {
    private ChainTrace() {
    }

    public static void main(String[] args) throws IOException {
        Source source = new SourceReader().fromBytes("x.txt", Files.readAllBytes(Path.of(args[0])));
        Segmentation seg = new Segmenter().segment(source);
        Annotator annotator = new Annotator(AnnotationModels.load());
        List<AnnotatedArticle> articles = annotator.annotate(source.text(), seg);
        ExtractionInput in = new ExtractionInput(source.text(), articles,
                DevSetChain.mentions().mentions(source.text(), articles, null), source.published().or(seg::published));
        Lexicon lexicon = Lexicon.load();
        EventExtractor events = new EventExtractor(lexicon);
        ClaimExtractor claims = new ClaimExtractor(lexicon);
        DocumentView view = new DocumentView(in, lexicon);
        for (ArticleView a : view.articles) {
            System.out.println("## article " + a.index + " ref=" + a.reference.orElse(null));
            List<ClaimDraft> earlier = new ArrayList<>();
            for (SentenceView s : a.sentences) {
                StringBuilder sb = new StringBuilder(s.headline ? "H " : s.lede ? "L " : "  ");
                for (int i = 0; i < s.size(); i++)
                    sb.append(s.token(i).text()).append(s.mention(i) != null ? "[" + s.mention(i).entity().id() + "]" : "")
                            .append('/').append(s.pos(i)).append(s.verbal(i) ? "!" : "").append(' ');
                System.out.println(sb + " dateline=" + s.datelineEnd);
                for (EventDraft d : events.sentenceEvents(s))
                    System.out.println("   draft " + d);
                List<ClaimDraft> found = claims.traceSentence(s, earlier);
                for (ClaimDraft c : found)
                    System.out.println("   claim " + c + (c.dropped ? " DROPPED" : ""));
                found.removeIf(c -> c.dropped);
                earlier.addAll(found);
            }
        }
    }
}
