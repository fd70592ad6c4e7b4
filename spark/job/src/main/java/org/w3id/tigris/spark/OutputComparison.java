package org.w3id.tigris.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * Checks that two extractions of the same documents are the same graphs, quad for quad: e.g.
 * {@code tigris extract}'s TriG and this job's output directory.
 * <p>
 * Quads are compared as sets. What tells one run from another by design is set aside: the
 * {@code tg:ExtractionRun}'s IRI (a start time and a random suffix) and its
 * {@code prov:startedAtTime}; blank nodes, if any, count as one node. Everything else must be
 * equal, the run's Tigris version, pipeline fingerprint and model versions included.
 * <pre>java -cp tigris-spark.jar org.w3id.tigris.spark.OutputComparison CLI.trig JOB_OUT_DIR</pre>
 * Exit status 0 when equal, 1 when not, 2 on bad arguments.
 */
public final class OutputComparison {
    static final Node ANY_RUN = NodeFactory.createURI("urn:tigris:comparison:run");
    static final Node ANY_TIME = NodeFactory.createLiteralString("urn:tigris:comparison:started");
    static final Node ANY_BLANK = NodeFactory.createURI("urn:tigris:comparison:blank");
    private static final int SHOWN = 20;

    private OutputComparison() {
    }

    public static void main(String[] argv) {
        if (argv.length != 2) {
            System.err.println("Usage: OutputComparison EXPECTED(.trig|.nq|.nq.gz|DIR) ACTUAL(.trig|.nq|.nq.gz|DIR)");
            System.exit(2);
        }
        boolean same = compare(Path.of(argv[0]), Path.of(argv[1]), System.out);
        System.exit(same ? 0 : 1);
    }

    /** Reports on {@code out}; true when the two hold the same quads, runs aside. */
    static boolean compare(Path expected, Path actual, PrintStream out) {
        Extraction a = Extraction.read(expected);
        Extraction b = Extraction.read(actual);
        Set<Quad> onlyA = new HashSet<>(a.quads());
        onlyA.removeAll(b.quads());
        Set<Quad> onlyB = new HashSet<>(b.quads());
        onlyB.removeAll(a.quads());
        out.printf("%s: %d quads, %d graphs, %d run(s)%n", expected, a.quads().size(), a.graphs().size(), a.runs().size());
        out.printf("%s: %d quads, %d graphs, %d run(s)%n", actual, b.quads().size(), b.graphs().size(), b.runs().size());
        show(out, "only in " + expected, onlyA);
        show(out, "only in " + actual, onlyB);
        boolean same = onlyA.isEmpty() && onlyB.isEmpty() && !a.quads().isEmpty();
        out.println(same ? "same quads (run IRI and start time aside)" : "the extractions differ");
        return same;
    }

    private static void show(PrintStream out, String title, Set<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        out.println(quads.size() + " quads " + title + (quads.size() > SHOWN ? " (the first " + SHOWN + ")" : "") + ":");
        quads.stream().map(Quad::toString).sorted().limit(SHOWN).forEach(q -> out.println("  " + q));
    }

    /** One side's quads, normalised; and the runs and graphs it named. */
    record Extraction(Set<Quad> quads, Set<Node> graphs, Set<Node> runs) {
        static Extraction read(Path path) {
            List<Quad> raw = new ArrayList<>();
            StreamRDFBase collect = new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    raw.add(quad);
                }
            };
            for (Path file : files(path)) {
                String name = file.getFileName().toString();
                boolean gzipped = name.endsWith(".gz");
                Lang lang = RDFLanguages.filenameToLang(gzipped ? name.substring(0, name.length() - 3) : name);
                try (InputStream in = gzipped ? new GZIPInputStream(Files.newInputStream(file))
                        : Files.newInputStream(file)) {
                    RDFParser.source(in).lang(lang).parse(collect);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
            Set<Node> runs = new HashSet<>();
            Set<Node> graphs = new HashSet<>();
            for (Quad q : raw) {
                graphs.add(q.getGraph());
                if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(TG.ExtractionRun.asNode())) {
                    runs.add(q.getSubject());
                }
            }
            Set<Quad> quads = new HashSet<>();
            for (Quad q : raw) {
                Node o = q.getPredicate().equals(PROV.startedAtTime.asNode()) ? ANY_TIME : normal(q.getObject(), runs);
                quads.add(Quad.create(normal(q.getGraph(), runs), normal(q.getSubject(), runs), q.getPredicate(), o));
            }
            return new Extraction(quads, graphs, runs);
        }

        private static Node normal(Node n, Set<Node> runs) {
            if (n.isBlank()) {
                return ANY_BLANK;
            }
            return runs.contains(n) ? ANY_RUN : n;
        }

        /** A file, or the N-Quads files of a job's output directory. */
        private static List<Path> files(Path path) {
            if (!Files.isDirectory(path)) {
                return List.of(path);
            }
            Path quads = path.resolve(OutputLayout.QUADS_DIR);
            try (Stream<Path> s = Files.list(Files.isDirectory(quads) ? quads : path)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".nq.gz")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        }
    }
}
