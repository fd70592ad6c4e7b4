package org.w3id.tigris.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Version;

/**
 * The OpenNLP English models (Universal Dependencies EWT: sentences, tokens, UD POS tags,
 * lemmas) and the annotator's small lexicons, loaded once from the classpath.
 * The models are immutable and may be shared by every thread; the {@link Annotator}s that
 * use them may not.
 */
public final class AnnotationModels {
    // The .bin entries at the root of the opennlp-models-*-en 1.3.0 jars.
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final Abbreviations abbreviations;
    private final Clitics clitics;

    private AnnotationModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
                             LemmatizerModel lemmatizerModel, Abbreviations abbreviations, Clitics clitics) {
        this.sentenceModel = sentenceModel;
        this.tokenizerModel = tokenizerModel;
        this.posModel = posModel;
        this.lemmatizerModel = lemmatizerModel;
        this.abbreviations = abbreviations;
        this.clitics = clitics;
    }

    /** Loads the four models (about a second); call once per process and share the result. */
    public static AnnotationModels load() {
        return new AnnotationModels(
                read(SENTENCE_MODEL, SentenceModel::new),
                read(TOKEN_MODEL, TokenizerModel::new),
                read(POS_MODEL, POSModel::new),
                read(LEMMA_MODEL, LemmatizerModel::new),
                Abbreviations.load(),
                Clitics.load());
    }

    /** The model files in use, for provenance: sentence, token, POS and lemma models. */
    public List<String> versions() {
        return List.of(SENTENCE_MODEL, TOKEN_MODEL, POS_MODEL, LEMMA_MODEL);
    }

    /** The OpenNLP toolkit version running the models, e.g. {@code 2.5.11}. */
    public String toolkitVersion() {
        return Version.currentVersion().toString();
    }

    SentenceModel sentenceModel() {
        return sentenceModel;
    }

    TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    POSModel posModel() {
        return posModel;
    }

    LemmatizerModel lemmatizerModel() {
        return lemmatizerModel;
    }

    Abbreviations abbreviations() {
        return abbreviations;
    }

    Clitics clitics() {
        return clitics;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = AnnotationModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath "
                        + "(dependency org.apache.opennlp:opennlp-models-*-en 1.3.0)");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the OpenNLP model " + resource, e);
        }
    }
}
