package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.util.List;

/** One verb of the {@code tigris} command. */
interface Command {
    String name();

    /** One line for the overview. */
    String summary();

    /** The verb's --help text. */
    String usage();

    /** Runs the verb; returns the exit status. */
    int run(List<String> argv, PrintStream out, PrintStream err);
}
