package org.w3id.tigris.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import org.w3id.tigris.recognize.Gazetteers;
import org.w3id.tigris.recognize.TypedNames;
import org.w3id.tigris.recognize.typing.ContextHarvester;
import org.w3id.tigris.recognize.typing.LabelledName;
import org.w3id.tigris.recognize.typing.NameTyper;
import org.w3id.tigris.recognize.typing.NameTyperTrainer;

/** {@code tigris train-typer [--contexts DIR] [--out DIR] [--per-type N] [--least-per-type M] [--world-percent P] [--compare MODEL]} */
final class TrainTyperCommand implements Command {
    static final String MODEL = "name-typer.bin.gz";
    static final String EXAMPLES = "name-typer-examples.tsv";
    static final String ACCURACY = "name-typer-accuracy.txt";

    @Override
    public String name() {
        return "train-typer";
    }

    @Override
    public String summary() {
        return "train the model that types names no gazetteer knows";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris train-typer [--contexts DIR] [--out DIR] [--per-type N] [--least-per-type M]
                                [--world-percent P] [--compare MODEL]

                Trains the name typer (OpenNLP maxent) on the names the gazetteers know, at most
                N a type (default 3000), each with the sentences of the text files under
                --contexts that name it (for the context features); a type with fewer than M
                names has them repeated to M (default 0: none). People's names are the
                gazetteers' and made ones, P%% of these of the world's cultures (default %d).
                --compare scores another model file on the same held-out names. Measures it on a held-out
                fifth of the names (split by name) and writes to --out (default
                src/main/resources/recognize): %s (the model), %s (the
                examples) and %s (held-out accuracy and confusion).
                """.formatted(TypedNames.DEFAULT_WORLD_PERCENT, MODEL, EXAMPLES, ACCURACY);
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("contexts", "out", "per-type", "least-per-type", "world-percent", "compare"), Set.of());
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        Path dir = Path.of(args.value("out").orElse("src/main/resources/recognize"));
        int perType = Integer.parseInt(args.value("per-type").orElse("3000"));
        int leastPerType = Integer.parseInt(args.value("least-per-type").orElse("0"));
        Gazetteers gazetteers = Gazetteers.load();
        int worldPercent = Integer.parseInt(args.value("world-percent")
                .orElse(String.valueOf(TypedNames.DEFAULT_WORLD_PERCENT)));
        TypedNames typed = new TypedNames(gazetteers, perType, worldPercent);
        List<LabelledName> examples = new ArrayList<>(typed.examples());
        int bare = examples.size();
        if (args.value("contexts").isPresent()) {
            ContextHarvester harvester = new ContextHarvester(typed.typesByName());
            for (Path p : texts(Path.of(args.value("contexts").get()))) {
                examples.addAll(harvester.harvest(read(p)));
            }
        }
        out.printf("train-typer: %d names, %d uses in context%n", bare, examples.size() - bare);
        NameTyperTrainer trainer = NameTyperTrainer.create().features(gazetteers.nameFeatures())
                .leastPerType(leastPerType).build();
        // the texts' uses are scored nowhere: the texts teach context, a score on them would flatter
        MaxentModel heldOut = trainer.heldOutModel(examples);
        String report = views(trainer, heldOut, examples);
        if (args.value("compare").isPresent()) {
            Path other = Path.of(args.value("compare").get());
            out.print("## " + other.getFileName() + " on the same held-out names\n\n"
                    + views(trainer, readModel(other), examples));
        }
        MaxentModel model = trainer.train(examples);
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(MODEL), NameTyperTrainer.serialize(model));
            Files.writeString(dir.resolve(EXAMPLES), table(examples), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(ACCURACY), header(examples) + report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir, e);
        }
        out.print(report);
        return 0;
    }

    /** A model's accuracy on the held-out names: all, the gazetteers' own, the world's made people. */
    private static String views(NameTyperTrainer trainer, MaxentModel model, List<LabelledName> examples) {
        Set<String> made = Set.of(ContextHarvester.SOURCE, TypedNames.MADE_PEOPLE, TypedNames.WORLD_PEOPLE);
        return "## All held-out names\n\n"
                + trainer.score(model, examples, e -> !e.source().equals(ContextHarvester.SOURCE)).report()
                + "\n## Held-out names of the gazetteers only (no made-up people)\n\n"
                + trainer.score(model, examples, e -> !made.contains(e.source())).report()
                + "\n## Held-out people's names of the world's cultures (" + TypedNames.WORLD_PEOPLE + ")\n\n"
                + trainer.score(model, examples, e -> e.source().equals(TypedNames.WORLD_PEOPLE)).report();
    }

    private static MaxentModel readModel(Path file) {
        try (var in = Files.newInputStream(file)) {
            return NameTyper.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> texts(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String header(List<LabelledName> examples) {
        Map<String, Integer> counts = new TreeMap<>();
        examples.forEach(e -> counts.merge(e.type() + " from " + e.source(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder("# Name typer: held-out accuracy (tigris train-typer)\n# examples by type and source:\n");
        counts.forEach((k, v) -> sb.append(String.format("#   %-40s %6d%n", k, v)));
        return sb.append('\n').toString();
    }

    private static String table(List<LabelledName> examples) {
        StringBuilder sb = new StringBuilder("# The name typer's examples (tigris train-typer): derived from the gazetteers.\n"
                + "type\tsource\tname\tbefore\tafter\n");
        for (LabelledName e : examples) {
            sb.append(e.type()).append('\t').append(e.source()).append('\t').append(e.name().name()).append('\t')
                    .append(String.join(" ", e.name().before())).append('\t')
                    .append(String.join(" ", e.name().after())).append('\n');
        }
        return sb.toString();
    }
}
