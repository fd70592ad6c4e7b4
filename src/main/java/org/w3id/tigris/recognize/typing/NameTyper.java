package org.w3id.tigris.recognize.typing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Types a name no gazetteer knows by a maximum-entropy model trained on names whose types
 * are known ({@link NameTyperTrainer}; {@code tigris train-typer}). Thread-safe: the model is
 * read once and only evaluated.
 */
public final class NameTyper {
    /** The class-path resource of the trained model. */
    public static final String MODEL = "/recognize/name-typer.bin.gz";

    private final MaxentModel model;
    private final NameFeatures features;

    public NameTyper(MaxentModel model, NameFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** The model shipped in the jar, reading its features with these head-word cues. */
    public static NameTyper load(NameFeatures features) {
        try (InputStream in = NameTyper.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MODEL + " (run tigris train-typer)");
            }
            return new NameTyper(read(in), features);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    /** A model written by {@link NameTyperTrainer#serialize}. */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(new BufferedInputStream(in))))
                .getModel();
    }

    /** The most probable type of the name and the model's probability for it. */
    public Typing type(NameInContext name) {
        double[] p = model.eval(features.of(name));
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Typing(model.getOutcome(best), p[best]);
    }

    /**
     * A type the model gives.
     *
     * @param type       the entity class's local name
     * @param confidence the model's probability of that type, in (0, 1]
     */
    public record Typing(String type, double confidence) {
    }
}
