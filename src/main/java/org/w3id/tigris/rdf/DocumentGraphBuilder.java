package org.w3id.tigris.rdf;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.tigris.extract.Claim;
import org.w3id.tigris.extract.Event;
import org.w3id.tigris.extract.DocumentExtraction;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Article;

/**
 * Turns one document's extraction into its named graph: the document and its articles,
 * NIF mentions, the entities they name, events, claims and the run that produced them.
 * <p>
 * Offsets in the extraction count UTF-16 code units; in the graph they count code points,
 * as NIF and SPARQL's {@code SUBSTR} do. The graph is a pure function of the extraction
 * and the run: the same document always yields the same triples apart from the run's.
 */
public final class DocumentGraphBuilder {
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final String GEONAMES = "https://sws.geonames.org/";

    private final IriScheme iris;
    private final RunInfo run;

    public DocumentGraphBuilder(IriScheme iris, RunInfo run) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.run = Objects.requireNonNull(run, "run");
    }

    /** The run this builder records in every graph. */
    public RunInfo run() {
        return run;
    }

    public DocumentGraph build(DocumentExtraction extraction) {
        return new Writer(extraction).write();
    }

    /** The state of writing one document: its model, text and offset conversion. */
    private final class Writer {
        private final DocumentExtraction extraction;
        private final Source source;
        private final String text;
        private final CodePoints codePoints;
        private final Model model = ModelFactory.createDefaultModel();
        private final Resource document;

        Writer(DocumentExtraction extraction) {
            this.extraction = extraction;
            this.source = extraction.source();
            this.text = source.text();
            this.codePoints = new CodePoints(text);
            this.model.setNsPrefixes(Namespaces.standard());
            this.document = model.createResource(iris.document(source.name()));
        }

        DocumentGraph write() {
            Resource runResource = writeRun();
            writeDocument(runResource);
            writeArticles();
            writeMentions();
            writeEntities();
            List<Resource> events = writeEvents();
            writeClaims(events);
            return new DocumentGraph(document.getURI(), source.name(), source.contentHash(), run.pipelineFingerprint(),
                    model.getGraph());
        }

        private Resource writeRun() {
            Resource r = model.createResource(iris.run(run.runId()))
                    .addProperty(RDF.type, TG.ExtractionRun)
                    .addProperty(RDF.type, PROV.Activity)
                    .addProperty(TG.softwareVersion, run.softwareVersion())
                    .addProperty(TG.pipelineFingerprint, run.pipelineFingerprint())
                    .addLiteral(PROV.startedAtTime, model.createTypedLiteral(calendar(run)));
            run.modelVersions().forEach(v -> r.addProperty(TG.modelVersion, v));
            return r;
        }

        private void writeDocument(Resource runResource) {
            document.addProperty(RDF.type, TG.Document)
                    .addProperty(RDF.type, NIF.Context)
                    .addProperty(TG.sourceName, source.name())
                    .addProperty(TG.contentHash, source.contentHash())
                    .addProperty(NIF.isString, text)
                    .addLiteral(NIF.beginIndex, offsetLiteral(0))
                    .addLiteral(NIF.endIndex, offsetLiteral(text.length()))
                    .addProperty(PROV.wasGeneratedBy, runResource);
            source.url().ifPresent(url -> document.addProperty(DCTerms.source, urlNode(url)));
            title().ifPresent(t -> document.addProperty(DCTerms.title, t));
            extraction.published().ifPresent(d -> document.addLiteral(DCTerms.issued, TypedLiterals.date(d)));
            new TreeSet<>(extraction.segmentation().byline())
                    .forEach(name -> document.addProperty(DCTerms.creator, name));
        }

        /** The container's title, else the headline of a page that holds a single article. */
        private Optional<String> title() {
            if (source.title().isPresent() && !source.title().get().isBlank()) {
                return source.title().map(String::strip);
            }
            List<Article> articles = extraction.segmentation().articles();
            if (articles.size() == 1 && articles.get(0).hasHeadline()) {
                return Optional.of(headline(articles.get(0))).filter(h -> !h.isEmpty());
            }
            return Optional.empty();
        }

        private void writeArticles() {
            for (Article a : extraction.segmentation().articles()) {
                Resource article = model.createResource(iris.article(source.name(), offset(a.begin())))
                        .addProperty(RDF.type, TG.Article)
                        .addProperty(DCTerms.isPartOf, document)
                        .addProperty(NIF.referenceContext, document)
                        .addLiteral(NIF.beginIndex, offsetLiteral(a.begin()))
                        .addLiteral(NIF.endIndex, offsetLiteral(a.end()));
                if (a.hasHeadline()) {
                    String headline = headline(a);
                    if (!headline.isEmpty()) {
                        article.addProperty(TG.headline, headline);
                    }
                }
                a.date().ifPresent(d -> article.addLiteral(DCTerms.issued, TypedLiterals.date(d)));
            }
        }

        private String headline(Article a) {
            return text.substring(a.headlineBegin(), a.headlineEnd()).strip();
        }

        private void writeMentions() {
            for (ResolvedMention rm : extraction.mentions()) {
                var m = rm.mention();
                Resource mention = phrase(m.begin(), m.end())
                        .addProperty(RDF.type, TG.Mention)
                        .addProperty(ITSRDF.taIdentRef, entity(rm.entity().id()))
                        .addProperty(TG.layer, m.layer());
                // only the name typer's choice carries one: a gazetteer's type is not a guess
                m.confidence().ifPresent(c -> mention.addLiteral(TG.confidence, TypedLiterals.confidence(c)));
            }
        }

        private void writeEntities() {
            Map<String, Set<String>> surfaceForms = new HashMap<>();
            for (ResolvedMention rm : extraction.mentions()) {
                var m = rm.mention();
                if (m.namesItsEntity()) { // "Tehran" standing for Iran is no name of Iran's
                    surfaceForms.computeIfAbsent(rm.entity().id(), k -> new TreeSet<>())
                            .add(text.substring(m.begin(), m.end()));
                }
            }
            // An entity named only through a mention may be missing from the map: take it from there.
            Map<String, Entity> entities = new TreeMap<>(extraction.entities());
            extraction.mentions().forEach(rm -> entities.putIfAbsent(rm.entity().id(), rm.entity()));
            for (Entity e : entities.values()) {
                Set<String> altLabels = new TreeSet<>(e.aliases());
                altLabels.addAll(surfaceForms.getOrDefault(e.id(), Set.of()));
                writeEntity(e, altLabels);
            }
        }

        private void writeEntity(Entity e, Set<String> altLabels) {
            Resource r = entity(e.id())
                    .addProperty(RDF.type, TG.resource(e.type().localName()))
                    .addProperty(RDFS.label, e.label());
            altLabels.stream()
                    .map(String::strip)
                    .filter(a -> !a.isEmpty() && !a.equals(e.label()))
                    .forEach(a -> r.addProperty(SKOS.altLabel, a));
            e.wikidata().ifPresent(q -> r.addProperty(OWL.sameAs, model.createResource(WIKIDATA_ENTITY + q)));
            e.geonames().ifPresent(g -> r.addProperty(OWL.sameAs, model.createResource(GEONAMES + g + "/")));
            e.point().ifPresent(p -> r.addProperty(GEO.hasGeometry,
                    model.createResource(iris.geometry(e.id()))
                            .addProperty(RDF.type, GEO.Geometry)
                            .addLiteral(GEO.asWKT, model.createTypedLiteral(p.wkt(), GEO.wktLiteral()))
                            .addProperty(DCTerms.source, model.createResource(p.source()))));
            e.locatedIn().ifPresent(parent -> r.addProperty(TG.locatedIn, entity(parent)));
        }

        private List<Resource> writeEvents() {
            List<Resource> written = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Event ev : extraction.events()) {
                Resource r = model.createResource(
                        iris.event(source.name(), offset(ev.evidenceBegin()), ev.type()));
                written.add(r);
                // two events of one type from one span are one event
                if (!seen.add(r.getURI())) {
                    continue;
                }
                r.addProperty(RDF.type, TG.Event)
                        .addProperty(RDF.type, TG.resource(ev.type().localName()))
                        .addProperty(TG.trigger, ev.trigger());
                ev.agents().forEach(a -> r.addProperty(TG.agent, entity(a)));
                ev.targets().forEach(t -> r.addProperty(TG.target, entity(t)));
                ev.place().ifPresent(p -> r.addProperty(TG.place, entity(p)));
                ev.date().ifPresent(d -> r.addLiteral(TG.date, TypedLiterals.date(d)));
                ev.killed().ifPresent(k -> r.addLiteral(TG.killed, TypedLiterals.integer(k)));
                ev.injured().ifPresent(i -> r.addLiteral(TG.injured, TypedLiterals.integer(i)));
                ev.mode().ifPresent(m -> r.addProperty(TG.mode, m));
                provenance(r, ev.evidenceBegin(), ev.evidenceEnd(), ev.confidence());
            }
            return written;
        }

        private void writeClaims(List<Resource> events) {
            for (Claim c : extraction.claims()) {
                Resource r = model.createResource(iris.claim(source.name(), offset(c.textBegin())));
                if (r.hasProperty(RDF.type, TG.Claim)) {
                    continue; // one claim per content span
                }
                r.addProperty(RDF.type, TG.Claim)
                        .addProperty(TG.claimText, text.substring(c.textBegin(), c.textEnd()))
                        .addLiteral(TG.direct, model.createTypedLiteral(c.direct()))
                        .addProperty(TG.cue, c.cue());
                c.claimant().ifPresent(s -> r.addProperty(TG.claimant, entity(s)));
                c.aboutEntities().forEach(e -> r.addProperty(TG.about, entity(e)));
                c.aboutEvents().stream()
                        .filter(i -> i >= 0 && i < events.size())
                        .forEach(i -> r.addProperty(TG.about, events.get(i)));
                c.date().ifPresent(d -> r.addLiteral(TG.date, TypedLiterals.date(d)));
                provenance(r, c.evidenceBegin(), c.evidenceEnd(), c.confidence());
            }
        }

        private void provenance(Resource r, int evidenceBegin, int evidenceEnd, double confidence) {
            r.addProperty(TG.evidence, phrase(evidenceBegin, evidenceEnd))
                    .addProperty(PROV.wasDerivedFrom, document)
                    .addLiteral(TG.confidence, TypedLiterals.confidence(confidence));
        }

        /** A {@code nif:Phrase} for a span of the text; its IRI is the span's RFC 5147 fragment. */
        private Resource phrase(int begin, int end) {
            int b = offset(begin);
            int e = offset(end);
            Resource phrase = model.createResource(iris.mention(source.name(), b, e));
            if (!phrase.hasProperty(RDF.type, NIF.Phrase)) {
                phrase.addProperty(RDF.type, NIF.Phrase)
                        .addProperty(NIF.referenceContext, document)
                        .addLiteral(NIF.beginIndex, offsetLiteral(begin))
                        .addLiteral(NIF.endIndex, offsetLiteral(end))
                        .addProperty(NIF.anchorOf, text.substring(begin, end));
            }
            return phrase;
        }

        private Resource entity(String id) {
            return model.createResource(iris.entity(id));
        }

        private int offset(int utf16Index) {
            return codePoints.offset(utf16Index);
        }

        private Literal offsetLiteral(int utf16Index) {
            return TypedLiterals.offset(offset(utf16Index));
        }

        /** An IRI when the URL is one, else the text as it was given. */
        private RDFNode urlNode(String url) {
            String u = url.strip();
            if (IRIs.check(u) && u.contains(":")) {
                return model.createResource(u);
            }
            return model.createLiteral(u);
        }
    }

    private static Calendar calendar(RunInfo run) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(run.startedAt().toEpochMilli());
        return cal;
    }
}
