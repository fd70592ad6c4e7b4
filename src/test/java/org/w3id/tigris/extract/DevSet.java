package org.w3id.tigris.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/**
 * The dev set (the project's seeds and their gold) run through segmentation, annotation and
 * extraction, and an offline approximation of {@code score.py}'s event and claim matching.
 * Mentions come from a {@link MentionSource}: the real recognizer and resolver, or the gold
 * entities' names (to measure extraction apart from recognition).
 */
final class DevSet {
    static final Path SEEDS = Path.of("seeds");
    static final Path GOLD = Path.of("src/test/resources/eval/dev");

    /** Where a document's mentions come from. */
    interface MentionSource {
        List<ResolvedMention> mentions(String text, List<AnnotatedArticle> articles, JsonNode gold);
    }

    /** One document ready for extraction, with its gold. */
    record Doc(String name, String text, ExtractionInput input, JsonNode gold) {
    }

    /** Score counts, as score.py keeps them. */
    static final class Tally {
        int evTp, evGold, evSys, clTp, clTextTp, clGold, clSys;
        final Map<String, int[]> args = new HashMap<>();

        double f1(int tp, int sys, int gold) {
            double p = sys == 0 ? (gold == 0 ? 1 : 0) : (double) tp / sys;
            double r = gold == 0 ? 1 : (double) tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "events: tp %d sys %d gold %d  P %.3f R %.3f F1 %.3f%n", evTp, evSys,
                    evGold, evSys == 0 ? 0 : (double) evTp / evSys, (double) evTp / evGold, f1(evTp, evSys, evGold)));
            sb.append(String.format(Locale.ROOT, "claims: tp %d (text %d) sys %d gold %d  P %.3f R %.3f F1 %.3f%n", clTp,
                    clTextTp, clSys, clGold, clSys == 0 ? 0 : (double) clTp / clSys, (double) clTp / clGold,
                    f1(clTp, clSys, clGold)));
            args.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  arg %-8s %d/%d%n", k, v[0], v[1])));
            return sb.toString();
        }

        double eventF1() {
            return f1(evTp, evSys, evGold);
        }

        double claimF1() {
            return f1(clTp, clSys, clGold);
        }
    }

    static List<Doc> load(Annotator annotator, MentionSource mentions) {
        ObjectMapper json = new ObjectMapper();
        SourceReader reader = new SourceReader();
        Segmenter segmenter = new Segmenter();
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = json.readTree(g.toFile());
                String name = gold.get("source").asText();
                Source source = reader.fromBytes(name, Files.readAllBytes(SEEDS.resolve(name)));
                Segmentation seg = segmenter.segment(source);
                List<AnnotatedArticle> articles = annotator.annotate(source.text(), seg);
                var published = source.published().or(seg::published);
                ExtractionInput input = new ExtractionInput(source.text(), articles,
                        mentions.mentions(source.text(), articles, gold), published);
                docs.add(new Doc(name, source.text(), input, gold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    /** Mentions of the gold entities' names and aliases, bound to the gold ids. */
    static List<ResolvedMention> goldMentions(String text, List<AnnotatedArticle> articles, JsonNode gold) {
        List<ResolvedMention> out = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            String id = e.get("id").asText();
            EntityType type = EntityType.fromLocalName(e.get("type").asText());
            Set<String> names = new LinkedHashSet<>();
            names.add(e.get("name").asText());
            e.get("aliases").forEach(a -> names.add(a.asText()));
            Entity entity = new Entity(id, e.get("name").asText(), type, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Set.copyOf(names));
            for (String n : names) {
                for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                    int end = i + n.length();
                    boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                    boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
                    if (left && right)
                        out.add(new ResolvedMention(new Mention(i, end, n, type, "gold", Optional.of(id)), entity));
                }
            }
        }
        out.sort((a, b) -> (b.mention().end() - b.mention().begin()) - (a.mention().end() - a.mention().begin()));
        List<ResolvedMention> kept = new ArrayList<>();
        for (ResolvedMention m : out)
            if (kept.stream().noneMatch(k -> k.mention().begin() < m.mention().end() && m.mention().begin() < k.mention().end()))
                kept.add(m);
        kept.sort((a, b) -> a.mention().begin() - b.mention().begin());
        return kept;
    }

    static String norm(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        d = d.toLowerCase(Locale.ROOT).replaceAll("[\u2018\u2019'`\u02bc.]", "");
        d = d.replaceAll("[^a-z0-9]+", " ").strip();
        return d.replaceFirst("^the ", "");
    }

    /** Our entity id for each gold id, matched on names as score.py does. */
    static Map<String, String> entityMap(JsonNode gold, List<ResolvedMention> mentions) {
        Map<String, Set<String>> names = new HashMap<>();
        for (ResolvedMention m : mentions) {
            Set<String> n = names.computeIfAbsent(m.entity().id(), k -> new HashSet<>());
            n.add(norm(m.mention().text()));
            n.add(norm(m.entity().label()));
            m.entity().aliases().forEach(a -> n.add(norm(a)));
        }
        Map<String, String> pairs = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (JsonNode g : gold.get("entities")) {
            Set<String> gn = new HashSet<>();
            gn.add(norm(g.get("name").asText()));
            g.get("aliases").forEach(a -> gn.add(norm(a.asText())));
            for (var e : names.entrySet()) {
                if (!used.contains(e.getKey()) && e.getValue().stream().anyMatch(gn::contains)) {
                    pairs.put(g.get("id").asText(), e.getKey());
                    used.add(e.getKey());
                    break;
                }
            }
        }
        return pairs;
    }

    static boolean dateOk(String gold, String got) {
        if (got == null)
            return false;
        return got.startsWith(gold) || gold.startsWith(got);
    }

    /** Scores one document; prints misses and spurious items when {@code verbose}. */
    static void score(Doc doc, List<Event> events, List<Claim> claims, Tally t, boolean verbose, StringBuilder out) {
        Map<String, String> pairs = entityMap(doc.gold(), doc.input().mentions());
        Map<String, String> toGold = new HashMap<>();
        pairs.forEach((g, ours) -> toGold.put(ours, g));
        out.append("=== ").append(doc.name()).append('\n');
        Set<Integer> used = new HashSet<>();
        JsonNode golds = doc.gold().get("events");
        t.evGold += golds.size();
        t.evSys += events.size();
        for (JsonNode g : golds) {
            String type = g.get("type").asText();
            String gDate = g.get("date").isNull() ? null : g.get("date").asText();
            String gPlace = g.get("place").isNull() ? null : g.get("place").asText();
            Set<String> gAgents = strings(g.get("agents"));
            Set<String> gTargets = strings(g.get("targets"));
            boolean hasArgs = gDate != null || gPlace != null || !gAgents.isEmpty() || !gTargets.isEmpty();
            int best = -1;
            int bestScore = hasArgs ? 0 : -1;
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (used.contains(i) || !e.type().localName().equals(type))
                    continue;
                int score = 0;
                String date = e.date().map(d -> d.lexical()).orElse(null);
                if (gDate != null && dateOk(gDate, date))
                    score++;
                if (gPlace != null && e.place().map(p -> toGold.getOrDefault(p, p)).filter(gPlace::equals).isPresent())
                    score++;
                if (e.agents().stream().map(a -> toGold.getOrDefault(a, a)).anyMatch(gAgents::contains))
                    score++;
                if (e.targets().stream().map(a -> toGold.getOrDefault(a, a)).anyMatch(gTargets::contains))
                    score++;
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                if (verbose)
                    out.append("  MISS ev ").append(type).append(" | ").append(g.get("evidence").asText()).append('\n');
                continue;
            }
            used.add(best);
            t.evTp++;
            Event e = events.get(best);
            tallyArg(t, "date", gDate == null ? null : dateOk(gDate, e.date().map(d -> d.lexical()).orElse(null)));
            tallyArg(t, "place", gPlace == null ? null : e.place().map(p -> toGold.getOrDefault(p, p)).filter(gPlace::equals).isPresent());
            tallyArg(t, "agents", gAgents.isEmpty() ? null : e.agents().stream().map(a -> toGold.getOrDefault(a, a)).anyMatch(gAgents::contains));
            tallyArg(t, "targets", gTargets.isEmpty() ? null : e.targets().stream().map(a -> toGold.getOrDefault(a, a)).anyMatch(gTargets::contains));
            tallyArg(t, "killed", g.get("killed").isNull() ? null : e.killed().filter(k -> k == g.get("killed").asInt()).isPresent());
            if (verbose)
                out.append("  hit  ev ").append(type).append(" | ").append(g.get("evidence").asText()).append("  <- ")
                        .append(describe(doc, e)).append('\n');
        }
        if (verbose)
            for (int i = 0; i < events.size(); i++)
                if (!used.contains(i))
                    out.append("  FP   ev ").append(describe(doc, events.get(i))).append('\n');
        Set<Integer> usedClaims = new HashSet<>();
        JsonNode gclaims = doc.gold().get("claims");
        t.clGold += gclaims.size();
        t.clSys += claims.size();
        for (JsonNode g : gclaims) {
            Set<String> cue = new HashSet<>(List.of(norm(g.get("cue").asText()).split(" ")));
            String gClaimant = g.get("claimant").isNull() ? null : g.get("claimant").asText();
            boolean found = false;
            for (int i = 0; i < claims.size(); i++) {
                if (usedClaims.contains(i))
                    continue;
                Claim c = claims.get(i);
                Set<String> words = new HashSet<>(List.of(norm(doc.text().substring(c.textBegin(), c.textEnd())).split(" ")));
                long overlap = cue.stream().filter(words::contains).count();
                if (!cue.isEmpty() && (double) overlap / cue.size() >= 0.6) {
                    usedClaims.add(i);
                    t.clTextTp++;
                    String who = c.claimant().map(x -> toGold.getOrDefault(x, x)).orElse(null);
                    boolean ok = gClaimant == null || gClaimant.equals(who);
                    if (ok)
                        t.clTp++;
                    if (verbose)
                        out.append(ok ? "  hit  cl " : "  WHO  cl ").append(gClaimant).append(" | ").append(g.get("cue").asText())
                                .append("  <- ").append(describe(doc, c)).append('\n');
                    found = true;
                    break;
                }
            }
            if (!found && verbose)
                out.append("  MISS cl ").append(gClaimant).append(" | ").append(g.get("cue").asText()).append('\n');
        }
        if (verbose)
            for (int i = 0; i < claims.size(); i++)
                if (!usedClaims.contains(i))
                    out.append("  FP   cl ").append(describe(doc, claims.get(i))).append('\n');
    }

    private static void tallyArg(Tally t, String arg, Boolean ok) {
        if (ok == null)
            return;
        int[] v = t.args.computeIfAbsent(arg, k -> new int[2]);
        v[1]++;
        if (ok)
            v[0]++;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null)
            array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String describe(Doc doc, Event e) {
        return e.type().localName() + " [" + e.trigger() + "] ag=" + e.agents() + " tg=" + e.targets() + " pl="
                + e.place().orElse("-") + " dt=" + e.date().map(d -> d.lexical()).orElse("-") + " k="
                + e.killed().map(String::valueOf).orElse("-") + " i=" + e.injured().map(String::valueOf).orElse("-")
                + " m=" + e.mode().orElse("-") + " c=" + e.confidence() + " «"
                + doc.text().substring(e.evidenceBegin(), e.evidenceEnd()).replace('\n', ' ') + "»";
    }

    static String describe(Doc doc, Claim c) {
        return c.claimant().orElse("?") + " {" + c.cue() + "} " + (c.direct() ? "D " : "") + "«"
                + doc.text().substring(c.textBegin(), c.textEnd()).replace('\n', ' ') + "»";
    }
}
