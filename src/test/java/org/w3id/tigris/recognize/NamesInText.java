package org.w3id.tigris.recognize;

import java.util.List;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/** The names a text holds, recognized as the pipeline does it (segmented, tagged, recognized). */
final class NamesInText {
    private final Segmenter segmenter = new Segmenter();
    private final Recognizer recognizer;
    private final Annotator annotator;

    NamesInText(Gazetteers gazetteers) {
        this.recognizer = new Recognizer(gazetteers);
        this.annotator = new Annotator(AnnotationModels.load());
    }

    List<Mention> recognize(String text) {
        Segmentation segmentation = segmenter.segment(text);
        return recognizer.recognize(text, annotator.annotate(text, segmentation), segmentation.authors(),
                segmentation.datelines());
    }

    /** The mention of exactly this text; fails the test when there is none. */
    static Mention get(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    /** Each text is a mention of that type. */
    static void assertType(EntityType expected, List<Mention> mentions, String... texts) {
        for (String text : texts) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, get(mentions, text).type(), text);
        }
    }
}
