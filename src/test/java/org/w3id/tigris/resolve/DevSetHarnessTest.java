package org.w3id.tigris.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.recognize.Gazetteers;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.recognize.Recognizer;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/**
 * Runs read, segment, annotate, recognize and resolve on the seed documents and prints the
 * mentions and an approximate entity score against the dev gold (names normalised as the
 * scorer does), to find general errors. It asserts only what holds for any document: mention
 * offsets and texts agree, mentions do not overlap, every mention has an entity.
 */
class DevSetHarnessTest {
    /** -Dtigris.harness.verbose=true prints every mention, not only the differences from the gold. */
    private static final boolean VERBOSE = Boolean.getBoolean("tigris.harness.verbose");
    private static Gazetteers gazetteers;
    private static AnnotationModels models;

    @BeforeAll
    static void load() {
        gazetteers = Gazetteers.load();
        models = AnnotationModels.load();
    }

    @Test
    void seedsRecognizeAndResolveConsistently() throws IOException {
        Path seeds = Path.of("seeds");
        Path gold = Path.of("src/test/resources/eval/dev");
        List<Source> sources = new ArrayList<>();
        new SourceReader().read(seeds, sources::add, p -> { });
        assertTrue(sources.size() >= 1);
        Recognizer recognizer = new Recognizer(gazetteers);
        Resolver resolver = new Resolver(gazetteers);
        Annotator annotator = new Annotator(models);
        int tp = 0;
        int sys = 0;
        int goldCount = 0;
        int typeOk = 0;
        Map<String, List<String>> resolutions = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder();
        for (Source source : sources) {
            Segmentation segmentation = new Segmenter().segment(source);
            List<AnnotatedArticle> articles = annotator.annotate(source.text(), segmentation);
            List<Mention> mentions = recognizer.recognize(source.text(), articles);
            Resolution resolution = resolver.resolve(source.text(), mentions);
            int lastEnd = -1;
            for (ResolvedMention rm : resolution.mentions()) {
                Mention m = rm.mention();
                assertEquals(source.text().substring(m.begin(), m.end()), m.text());
                assertTrue(m.begin() >= lastEnd, "overlap at " + m);
                lastEnd = m.end();
                assertTrue(rm.entity() != null);
            }
            // approximate the scorer: system entities with every name they carry
            Map<String, Set<String>> names = new LinkedHashMap<>();
            Map<String, String> types = new LinkedHashMap<>();
            for (ResolvedMention rm : resolution.mentions()) {
                Entity e = rm.entity();
                Set<String> n = names.computeIfAbsent(e.id(), k -> new HashSet<>());
                n.add(norm(rm.mention().text()));
                n.add(norm(e.label()));
                e.aliases().forEach(a -> n.add(norm(a)));
                types.put(e.id(), e.type().localName());
            }
            Path goldFile = gold.resolve(source.name().replaceAll("\\.txt$", ".json"));
            report.append("\n=== ").append(source.name()).append('\n');
            for (ResolvedMention rm : VERBOSE ? resolution.mentions() : List.<ResolvedMention>of()) {
                Mention m = rm.mention();
                report.append(String.format("  %-40s %-14s %-9s -> %s%n", m.text().replace('\n', ' '), m.type().localName(),
                        m.layer(), rm.entity().id()));
            }
            if (!Files.exists(goldFile)) {
                continue;
            }
            JsonNode g = new ObjectMapper().readTree(goldFile.toFile());
            Set<String> used = new HashSet<>();
            sys += names.size();
            for (JsonNode ge : g.get("entities")) {
                goldCount++;
                Set<String> gn = new HashSet<>();
                gn.add(norm(ge.get("name").asText()));
                ge.path("aliases").forEach(a -> gn.add(norm(a.asText())));
                String match = null;
                for (Map.Entry<String, Set<String>> e : names.entrySet()) {
                    if (!used.contains(e.getKey()) && e.getValue().stream().anyMatch(gn::contains)) {
                        match = e.getKey();
                        break;
                    }
                }
                if (match == null) {
                    report.append("  MISSED ").append(ge.get("id").asText()).append(" ").append(gn).append('\n');
                    continue;
                }
                used.add(match);
                tp++;
                if (types.get(match).equals(ge.get("type").asText())) {
                    typeOk++;
                } else {
                    report.append("  TYPE ").append(match).append(' ').append(types.get(match)).append(" gold ")
                            .append(ge.get("type").asText()).append('\n');
                }
                resolutions.computeIfAbsent(ge.get("id").asText(), k -> new ArrayList<>()).add(match);
            }
            for (String id : names.keySet()) {
                if (!used.contains(id)) {
                    report.append("  EXTRA ").append(id).append(' ').append(names.get(id)).append('\n');
                }
            }
        }
        int same = 0;
        int split = 0;
        for (List<String> ids : resolutions.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    if (ids.get(i).equals(ids.get(j))) {
                        same++;
                    } else {
                        split++;
                    }
                }
            }
        }
        double p = sys == 0 ? 0 : (double) tp / sys;
        double r = goldCount == 0 ? 0 : (double) tp / goldCount;
        report.append(String.format("%nentity P %.3f R %.3f F1 %.3f typing %.3f resolution %.3f (tp %d sys %d gold %d)%n",
                p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp == 0 ? 0 : (double) typeOk / tp,
                same + split == 0 ? 1.0 : (double) same / (same + split), tp, sys, goldCount));
        System.out.println(report);
    }

    /** The scorer's name normalisation. */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        t = t.replaceAll("['\u2018\u2019`\u02bc.]", "");
        t = t.replaceAll("[^a-z0-9]+", " ").trim();
        return t.replaceFirst("^the ", "");
    }
}
