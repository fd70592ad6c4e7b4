package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.tigris.rdf.RunInfo;

/** The {@code tigris} command: {@code tigris VERB [options]}. */
public final class Main {
    private final List<Command> commands;

    Main(Map<String, String> environment) {
        this.commands = List.of(new ServeCommand(environment), new IngestCommand(environment), new ExtractCommand(),
                new QueryCommand(), new ValidateCommand(), new ReindexCommand(), new LoadCommand(), new ClusterCommand(),
                new CompactCommand(), new TrainTyperCommand());
    }

    public static void main(String[] argv) {
        int status = new Main(System.getenv()).run(Arrays.asList(argv), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    int run(List<String> argv, PrintStream out, PrintStream err) {
        if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
            out.print(overview());
            return argv.isEmpty() ? 2 : 0;
        }
        if (argv.get(0).equals("--version")) {
            out.println("tigris " + RunInfo.tigrisVersion());
            return 0;
        }
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(argv.get(0))).findFirst();
        if (command.isEmpty()) {
            err.println("tigris: unknown command '" + argv.get(0) + "' (see tigris --help)");
            return 2;
        }
        Command c = command.get();
        try {
            return c.run(argv.subList(1, argv.size()), out, err);
        } catch (UsageException e) {
            err.println("tigris " + c.name() + ": " + e.getMessage() + " (see tigris " + c.name() + " --help)");
            return 2;
        } catch (UncheckedIOException e) {
            err.println("tigris " + c.name() + ": " + e.getMessage()
                    + (e.getCause() != null ? ": " + e.getCause().getMessage() : ""));
            return 1;
        } catch (RuntimeException e) {
            err.println("tigris " + c.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private String overview() {
        StringBuilder sb = new StringBuilder("""
                Usage: tigris VERB [options]     (tigris VERB --help for a verb's options)

                Tigris turns news documents into an RDF knowledge graph and serves it over SPARQL.

                """);
        for (Command c : commands) {
            sb.append(String.format("  %-9s %s%n", c.name(), c.summary()));
        }
        sb.append("""

                Run ./tigris serve with no arguments to ingest seeds/ and serve http://localhost:3030/kg/sparql
                """);
        return sb.toString();
    }
}
