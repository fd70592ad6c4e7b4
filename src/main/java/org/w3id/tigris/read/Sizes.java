package org.w3id.tigris.read;

import java.util.Locale;

/** Byte counts as people read them in a message: {@code 5 MiB}, {@code 52.4 MiB}. */
final class Sizes {
    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes < 1024)
            return bytes + " bytes";
        if (bytes < 1024 * 1024)
            return trim(bytes / 1024.0) + " KiB";
        return trim(bytes / (1024.0 * 1024.0)) + " MiB";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
