package org.w3id.tigris.extract;

import java.util.List;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;

/**
 * Prints the dev-set figures and every miss and spurious item, for error analysis. Run from
 * the project root: {@code java -cp … org.w3id.tigris.extract.DevSetReport [gold-mentions]}.
 */
public final class DevSetReport {
    private DevSetReport() {
    }

    public static void main(String[] args) {
        boolean goldMentions = args.length > 0 && args[0].equals("gold-mentions");
        Annotator annotator = new Annotator(AnnotationModels.load());
        List<DevSet.Doc> docs = DevSet.load(annotator, goldMentions ? DevSet::goldMentions : DevSetChain.mentions());
        Lexicon lexicon = Lexicon.load();
        EventExtractor events = new EventExtractor(lexicon);
        ClaimExtractor claims = new ClaimExtractor(lexicon);
        DevSet.Tally tally = new DevSet.Tally();
        StringBuilder out = new StringBuilder();
        for (DevSet.Doc doc : docs) {
            List<Event> ev = events.extract(doc.input());
            List<Claim> cl = claims.extract(doc.input(), ev);
            DevSet.score(doc, ev, cl, tally, true, out);
        }
        System.out.println(out);
        System.out.println(tally.summary());
    }
}
