package org.w3id.tigris.recognize.typing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name typer (OpenNLP maxent, GIS) and measures it on names it never saw: the
 * examples are split by name, so every use of a held-out name, with or without context,
 * stays out of training.
 */
public final class NameTyperTrainer {
    private final NameFeatures features;
    private final int iterations;
    private final int heldOutPercent;
    private final int leastPerType;

    private NameTyperTrainer(NameFeatures features, int iterations, int heldOutPercent, int leastPerType) {
        this.features = features;
        this.iterations = iterations;
        this.heldOutPercent = heldOutPercent;
        this.leastPerType = leastPerType;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Trains on every example. */
    public MaxentModel train(List<LabelledName> examples) {
        List<Event> events = new ArrayList<>(examples.size());
        for (LabelledName e : balanced(examples)) {
            events.add(new Event(e.type(), features.of(e.name())));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The examples, those of a type with fewer than {@code leastPerType} repeated until it has
     * that many: the gazetteers know a few hundred organizations and thousands of towns, and
     * the news names no fewer unknown organizations than towns, so a type's share of the
     * gazetteers is no prior to learn.
     */
    List<LabelledName> balanced(List<LabelledName> examples) {
        Map<String, List<LabelledName>> byType = new java.util.TreeMap<>();
        examples.forEach(e -> byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e));
        List<LabelledName> out = new ArrayList<>(examples);
        for (List<LabelledName> names : byType.values()) {
            for (int i = names.size(); i < leastPerType; i++) {
                out.add(names.get(i % names.size()));
            }
        }
        return out;
    }

    /** Whether a name belongs to the held-out share: decided by the name alone, so all its uses go together. */
    public boolean heldOut(LabelledName e) {
        int h = NameInContext.fold(e.name().name()).hashCode();
        return Math.floorMod(h * 0x9E3779B1, 100) < heldOutPercent;
    }

    /** Trains on the names outside the held-out share and scores the model on the held-out names. */
    public TyperEvaluation evaluate(List<LabelledName> examples) {
        return evaluate(examples, java.util.Set.of());
    }

    /**
     * The same, scoring only the held-out examples of other sources than {@code unscored}
     * (a held-out name of those sources is still kept out of training).
     */
    public TyperEvaluation evaluate(List<LabelledName> examples, java.util.Set<String> unscored) {
        return score(heldOutModel(examples), examples, e -> !unscored.contains(e.source()));
    }

    /** A model trained on the names outside the held-out share only. */
    public MaxentModel heldOutModel(List<LabelledName> examples) {
        return train(examples.stream().filter(e -> !heldOut(e)).toList());
    }

    /**
     * A model's score on the held-out examples that {@code scored} accepts: one model trained
     * once can be scored on several views of the held-out names (all, the gazetteers' own,
     * the world's people), and another model on the same names.
     */
    public TyperEvaluation score(MaxentModel model, List<LabelledName> examples,
                                 java.util.function.Predicate<LabelledName> scored) {
        NameTyper typer = new NameTyper(model, features);
        Map<String, Map<String, Integer>> confusion = new HashMap<>();
        int trained = 0;
        int tested = 0;
        for (LabelledName e : examples) {
            if (!heldOut(e)) {
                trained++;
            } else if (scored.test(e)) {
                tested++;
                String predicted = typer.type(e.name()).type();
                confusion.computeIfAbsent(e.type(), k -> new HashMap<>()).merge(predicted, 1, Integer::sum);
            }
        }
        return new TyperEvaluation(trained, tested, confusion);
    }

    /** The model in OpenNLP's binary format, gzipped. */
    public static byte[] serialize(MaxentModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes);
             DataOutputStream out = new DataOutputStream(gz)) {
            new GenericModelWriter((AbstractModel) model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static final class Builder {
        private int iterations = 200;
        private int heldOutPercent = 20;
        private NameFeatures features;
        private int leastPerType = 0;

        /** Repeats the examples of a smaller type until it has this many (none by default). */
        public Builder leastPerType(int n) {
            this.leastPerType = n;
            return this;
        }

        public Builder features(NameFeatures f) {
            this.features = f;
            return this;
        }

        public Builder iterations(int n) {
            this.iterations = n;
            return this;
        }

        public Builder heldOutPercent(int percent) {
            this.heldOutPercent = percent;
            return this;
        }

        public NameTyperTrainer build() {
            if (features == null) {
                throw new IllegalStateException("the trainer needs the features it will be used with");
            }
            return new NameTyperTrainer(features, iterations, heldOutPercent, leastPerType);
        }
    }
}
