package org.w3id.tigris.extract;

import java.util.List;
import java.util.Locale;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;

/** Compares the measured choices of the extractors on the dev set (real recognizer and resolver). */
public final class DevSetOptions {
    private DevSetOptions() {
    }

    public static void main(String[] args) {
        Annotator annotator = new Annotator(AnnotationModels.load());
        List<DevSet.Doc> docs = DevSet.load(annotator, args.length > 0 && args[0].equals("gold-mentions")
                ? DevSet::goldMentions : DevSetChain.mentions());
        Lexicon lexicon = Lexicon.load();
        EventExtractor.Options e = EventExtractor.Options.defaults();
        ClaimExtractor.Options c = ClaimExtractor.Options.defaults();
        run("defaults", docs, lexicon, e, c);
        run("no absorb", docs, lexicon, new EventExtractor.Options(false, e.mergeAcrossArticle(), e.requireArguments(), e.dateFallback(), e.minConfidence()), c);
        run("no merge", docs, lexicon, new EventExtractor.Options(e.absorbComplements(), false, e.requireArguments(), e.dateFallback(), e.minConfidence()), c);
        run("no require args", docs, lexicon, new EventExtractor.Options(e.absorbComplements(), e.mergeAcrossArticle(), false, e.dateFallback(), e.minConfidence()), c);
        run("no date fallback", docs, lexicon, new EventExtractor.Options(e.absorbComplements(), e.mergeAcrossArticle(), e.requireArguments(), EventExtractor.DateFallback.NONE, e.minConfidence()), c);
        for (double min : new double[] {0.3, 0.4, 0.5})
            run("min conf " + min, docs, lexicon, new EventExtractor.Options(e.absorbComplements(), e.mergeAcrossArticle(), e.requireArguments(), e.dateFallback(), min), c);
        run("keep unattributed", docs, lexicon, e, new ClaimExtractor.Options(true, c.continueQuotes(), c.quoteSubjects(), c.headlineStances(), c.stanceVerbInContent()));
        run("no quote continuation", docs, lexicon, e, new ClaimExtractor.Options(c.keepUnattributed(), false, c.quoteSubjects(), c.headlineStances(), c.stanceVerbInContent()));
        run("no quote subjects", docs, lexicon, e, new ClaimExtractor.Options(c.keepUnattributed(), c.continueQuotes(), false, c.headlineStances(), c.stanceVerbInContent()));
        run("no headline stances", docs, lexicon, e, new ClaimExtractor.Options(c.keepUnattributed(), c.continueQuotes(), c.quoteSubjects(), false, c.stanceVerbInContent()));
        run("no stance verb", docs, lexicon, e, new ClaimExtractor.Options(c.keepUnattributed(), c.continueQuotes(), c.quoteSubjects(), c.headlineStances(), false));
    }

    private static void run(String name, List<DevSet.Doc> docs, Lexicon lexicon, EventExtractor.Options eo,
                            ClaimExtractor.Options co) {
        EventExtractor events = new EventExtractor(lexicon, eo);
        ClaimExtractor claims = new ClaimExtractor(lexicon, co);
        DevSet.Tally t = new DevSet.Tally();
        for (DevSet.Doc doc : docs) {
            List<Event> ev = events.extract(doc.input());
            DevSet.score(doc, ev, claims.extract(doc.input(), ev), t, false, new StringBuilder());
        }
        System.out.printf(Locale.ROOT, "%-24s events P %.3f R %.3f F1 %.3f (sys %d) | claims P %.3f R %.3f F1 %.3f (sys %d)%n", name,
                t.evSys == 0 ? 0 : (double) t.evTp / t.evSys, (double) t.evTp / t.evGold, t.eventF1(), t.evSys,
                t.clSys == 0 ? 0 : (double) t.clTp / t.clSys, (double) t.clTp / t.clGold, t.claimF1(), t.clSys);
        StringBuilder args = new StringBuilder("                         args");
        t.args.forEach((k, v) -> args.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.println(args);
    }
}
