package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The linking rules measured apart from extraction: the gold events of the evaluation sets
 * (their types, dates, places, agents and targets as the annotators wrote them) clustered,
 * and the pairwise "same event" links compared with each set's clusters.json. The gold knows
 * no tg:locatedIn, so places agree only when equal; the store's hierarchy can only add links.
 */
class GoldInputLinkingTest {
    private static final Path EVAL = Path.of("src", "test", "resources", "eval");
    private static final List<String> SETS = List.of("fardev", "holdout", "holdout2", "holdout3", "holdout4");
    private static final String TG = "https://w3id.org/tigris/ontology#";

    private record Counts(int goldLinks, int ruleLinks, int correct) { }

    @Test
    void rulesOnGoldEventsArePrecise() throws IOException {
        int gold = 0;
        int made = 0;
        int correct = 0;
        StringBuilder perSet = new StringBuilder();
        for (String set : SETS) {
            Counts c = score(EVAL.resolve(set));
            gold += c.goldLinks();
            made += c.ruleLinks();
            correct += c.correct();
            perSet.append(String.format(" %s %d/%d of %d gold;", set, c.correct(), c.ruleLinks(), c.goldLinks()));
        }
        double precision = made == 0 ? 1.0 : (double) correct / made;
        double recall = gold == 0 ? 1.0 : (double) correct / gold;
        System.out.printf("cluster rules on gold events: link precision %.3f (%d/%d), recall %.3f (%d/%d);%s%n",
                precision, correct, made, recall, correct, gold, perSet);
        assertTrue(precision >= 0.85, "link precision " + precision);
        assertTrue(recall >= 0.5, "link recall " + recall);
    }

    private static Counts score(Path set) throws IOException {
        List<EventReport> reports = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        Set<String> regions = new HashSet<>();
        try (Stream<Path> files = Files.list(set.resolve("gold"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonObject doc = JSON.read(file.toString());
                String source = doc.get("source").getAsString().value();
                for (JsonValue e : doc.get("entities").getAsArray()) {
                    String type = e.getAsObject().get("type").getAsString().value();
                    String id = e.getAsObject().get("id").getAsString().value();
                    if (type.equals("Country")) {
                        countries.add(id);
                    } else if (type.equals("Region")) {
                        regions.add(id);
                    }
                }
                JsonArray events = doc.hasKey("events") ? doc.get("events").getAsArray() : new JsonArray();
                for (int i = 0; i < events.size(); i++) {
                    reports.add(report(source, i, events.get(i).getAsObject()));
                }
            }
        }
        Places places = new Places(Map.of(), countries, regions);
        List<List<EventReport>> clusters = new EventClusterer(LinkRule.builder().places(places).build(), places)
                .cluster(reports);

        Map<String, Integer> goldCluster = new HashMap<>();
        JsonArray gold = JSON.read(set.resolve("clusters.json").toString()).get("clusters").getAsArray();
        int goldLinks = 0;
        for (int n = 0; n < gold.size(); n++) {
            JsonArray members = gold.get(n).getAsArray();
            goldLinks += members.size() * (members.size() - 1) / 2;
            for (JsonValue ref : members) {
                goldCluster.put(ref.getAsObject().get("doc").getAsString().value() + "#"
                        + ref.getAsObject().get("event").getAsString().value(), n);
            }
        }
        int made = 0;
        int correct = 0;
        for (List<EventReport> cluster : clusters) {
            for (int i = 0; i < cluster.size(); i++) {
                for (int j = i + 1; j < cluster.size(); j++) {
                    made++;
                    Integer a = goldCluster.get(cluster.get(i).iri());
                    Integer b = goldCluster.get(cluster.get(j).iri());
                    if (a != null && a.equals(b)) {
                        correct++;
                    } else {
                        System.out.println("  wrong link in " + set.getFileName() + ": " + cluster.get(i).iri()
                                + " ~ " + cluster.get(j).iri());
                    }
                }
            }
        }
        return new Counts(goldLinks, made, correct);
    }

    private static EventReport report(String source, int index, JsonObject e) {
        return new EventReport(source + "#" + index, TG + text(e, "type"), source, text(e, "date"),
                text(e, "place") == null ? Set.of() : Set.of(text(e, "place")), ids(e, "agents"), ids(e, "targets"),
                number(e, "killed"), number(e, "injured"));
    }

    private static String text(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isString() ? o.get(key).getAsString().value() : null;
    }

    private static Set<String> ids(JsonObject o, String key) {
        Set<String> out = new HashSet<>();
        if (o.hasKey(key) && o.get(key).isArray()) {
            o.get(key).getAsArray().forEach(v -> out.add(v.getAsString().value()));
        }
        return out;
    }

    private static OptionalInt number(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).isNumber() ? OptionalInt.of(o.get(key).getAsNumber().value().intValue())
                : OptionalInt.empty();
    }
}
