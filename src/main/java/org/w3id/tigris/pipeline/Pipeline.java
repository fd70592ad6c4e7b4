package org.w3id.tigris.pipeline;

import org.w3id.tigris.extract.DocumentExtraction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.extract.Claim;
import org.w3id.tigris.extract.ClaimExtractor;
import org.w3id.tigris.extract.Event;
import org.w3id.tigris.extract.EventExtractor;
import org.w3id.tigris.extract.ExtractionInput;
import org.w3id.tigris.extract.Lexicon;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.recognize.Gazetteers;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.recognize.Recognizer;
import org.w3id.tigris.recognize.typing.NameTyper;
import org.w3id.tigris.resolve.Resolution;
import org.w3id.tigris.resolve.Resolver;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/**
 * The extraction stages composed: segment, annotate, recognize, resolve, extract events,
 * extract claims. Source in, {@link DocumentExtraction} out.
 * <p>
 * The models, gazetteers and extraction tables are loaded once, when the pipeline is
 * built, and shared. The stage objects that keep per-call state (OpenNLP's tools are not
 * thread-safe) are made once per thread, so one pipeline serves any number of threads.
 */
public final class Pipeline implements DocumentExtractor {
    private final AnnotationModels models;
    private final Gazetteers gazetteers;
    private final Lexicon lexicon;
    private final NameTyper typer;
    private final ThreadLocal<Stages> stages;

    private Pipeline(AnnotationModels models, Gazetteers gazetteers, Lexicon lexicon) {
        this.models = models;
        this.gazetteers = gazetteers;
        this.lexicon = lexicon;
        this.typer = NameTyper.load(gazetteers.nameFeatures());
        this.stages = ThreadLocal.withInitial(this::newStages);
    }

    public static Builder create() {
        return new Builder();
    }

    @Override
    public DocumentExtraction extract(Source source) {
        Stages s = stages.get();
        String text = source.text();
        Segmentation segmentation = s.segmenter.segment(source);
        List<AnnotatedArticle> articles = s.annotator.annotate(text, segmentation);
        List<Mention> mentions = s.recognizer.recognize(text, articles, segmentation.authors(), segmentation.datelines());
        Resolution resolution = s.resolver.resolve(text, mentions);
        // the container's date (HTML meta, JSONL field) before a date read from the text
        Optional<LocalDate> published = source.published().or(segmentation::published);
        ExtractionInput input = new ExtractionInput(text, articles, resolution.mentions(), published);
        List<Event> events = s.events.extract(input);
        List<Claim> claims = s.claims.extract(input, events);
        return new DocumentExtraction(source, segmentation, published, resolution.mentions(),
                resolution.entities(), events, claims);
    }

    @Override
    public List<String> modelVersions() {
        List<String> versions = new ArrayList<>(models.versions());
        versions.add("opennlp-tools " + models.toolkitVersion());
        versions.add("name typer " + NameTyper.MODEL.substring(1));
        return List.copyOf(versions);
    }

    private Stages newStages() {
        return new Stages(new Segmenter(), new Annotator(models), new Recognizer(gazetteers, typer),
                new Resolver(gazetteers), new EventExtractor(lexicon), new ClaimExtractor(lexicon));
    }

    /** One thread's stage objects. */
    private record Stages(Segmenter segmenter, Annotator annotator, Recognizer recognizer, Resolver resolver,
                          EventExtractor events, ClaimExtractor claims) {
    }

    public static final class Builder {
        private AnnotationModels models;
        private Gazetteers gazetteers;
        private Lexicon lexicon;

        /** Models already loaded (tests share one load); loaded at build time otherwise. */
        public Builder models(AnnotationModels models) {
            this.models = Objects.requireNonNull(models);
            return this;
        }

        public Builder gazetteers(Gazetteers gazetteers) {
            this.gazetteers = Objects.requireNonNull(gazetteers);
            return this;
        }

        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(models != null ? models : AnnotationModels.load(),
                    gazetteers != null ? gazetteers : Gazetteers.load(),
                    lexicon != null ? lexicon : Lexicon.load());
        }
    }
}
