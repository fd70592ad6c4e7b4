package org.w3id.tigris.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A verb's arguments: options ({@code --name value}, {@code --name=value}, or a bare flag)
 * and positional arguments, in any order; {@code --} ends the options. An option the verb
 * does not know is an error, and so is a missing value.
 */
final class Args {
    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positional;

    private Args(Map<String, String> values, Set<String> flags, List<String> positional) {
        this.values = values;
        this.flags = flags;
        this.positional = positional;
    }

    /**
     * @param valued the options that take a value, without the dashes
     * @param known  the flags (options without a value); {@code help} is always known
     */
    static Args parse(List<String> argv, Set<String> valued, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new java.util.HashSet<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (a.equals("-h")) {
                flags.add("help");
                continue;
            }
            String body = a.startsWith("--") ? a.substring(2) : a.substring(1);
            String name = body;
            String value = null;
            int eq = body.indexOf('=');
            if (eq >= 0) {
                name = body.substring(0, eq);
                value = body.substring(eq + 1);
            }
            if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                if (values.put(name, value) != null) {
                    throw new UsageException("--" + name + " given twice");
                }
            } else if (known.contains(name) || name.equals("help")) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                flags.add(name);
            } else {
                throw new UsageException("unknown option " + a);
            }
        }
        return new Args(values, flags, positional);
    }

    boolean help() {
        return flags.contains("help");
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return value(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    Optional<Path> path(String name) {
        return value(name).map(Path::of);
    }

    Optional<Integer> integer(String name, int min, int max) {
        return value(name).map(v -> {
            try {
                int n = Integer.parseInt(v.strip());
                if (n < min || n > max) {
                    throw new UsageException("--" + name + " must be between " + min + " and " + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a number, not '" + v + "'");
            }
        });
    }

    List<String> positional() {
        return positional;
    }

    /** True when nothing at all was given. */
    boolean isEmpty() {
        return values.isEmpty() && flags.isEmpty() && positional.isEmpty();
    }
}
