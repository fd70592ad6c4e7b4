package org.w3id.tigris.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of a verb that works on one existing store and takes nothing else:
 * {@code --store DIR}, or {@code --help}.
 */
record StoreArgument(Optional<Path> store) {
    static StoreArgument parse(List<String> argv) {
        Args args = Args.parse(argv, Set.of("store"), Set.of());
        if (args.help()) {
            return new StoreArgument(Optional.empty());
        }
        Path store = Path.of(args.required("store"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + args.positional().get(0));
        }
        return new StoreArgument(Optional.of(store));
    }

    boolean help() {
        return store.isEmpty();
    }
}
