package org.w3id.tigris.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/** Runs the whole chain on one file and prints mentions, events and claims: {@code ChainDebug file}. */
public final class ChainDebug {
    private ChainDebug() {
    }

    public static void main(String[] args) throws IOException {
        Source source = new SourceReader().fromBytes(Path.of(args[0]).getFileName().toString(),
                Files.readAllBytes(Path.of(args[0])));
        Segmentation seg = new Segmenter().segment(source);
        Annotator annotator = new Annotator(AnnotationModels.load());
        List<AnnotatedArticle> articles = annotator.annotate(source.text(), seg);
        List<ResolvedMention> mentions = DevSetChain.mentions().mentions(source.text(), articles, null);
        ExtractionInput in = new ExtractionInput(source.text(), articles, mentions, source.published().or(seg::published));
        System.out.println("published " + in.published() + ", articles " + articles.size());
        StringBuilder ms = new StringBuilder("mentions:");
        for (ResolvedMention m : mentions)
            ms.append(' ').append(m.mention().text()).append('=').append(m.entity().id()).append('/').append(m.entity().type().localName());
        System.out.println(ms);
        Lexicon lexicon = Lexicon.load();
        List<Event> events = new EventExtractor(lexicon).extract(in);
        DevSet.Doc doc = new DevSet.Doc(source.name(), source.text(), in, null);
        for (Event e : events)
            System.out.println("EVENT " + DevSet.describe(doc, e));
        for (Claim c : new ClaimExtractor(lexicon).extract(in, events))
            System.out.println("CLAIM " + DevSet.describe(doc, c) + " date=" + c.date().map(d -> d.lexical()).orElse("-")
                    + " about=" + c.aboutEntities() + " ev=" + c.aboutEvents());
    }
}
