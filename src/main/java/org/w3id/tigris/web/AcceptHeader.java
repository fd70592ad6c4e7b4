package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * An HTTP {@code Accept} header (RFC 9110, section 12.5.1): media ranges weighted by
 * q-values. The most specific range matching a media type gives its quality; q=0 means
 * "not acceptable". No header at all accepts everything.
 */
final class AcceptHeader {
    private record Range(String type, String subtype, double quality) {
        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            if (slash < 0) {
                return false;
            }
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }

        int specificity() {
            return (type.equals("*") ? 0 : 1) + (subtype.equals("*") ? 0 : 1);
        }
    }

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses a header value; null or blank accepts anything. Malformed ranges are skipped. */
    static AcceptHeader parse(String header) {
        if (header == null || header.isBlank()) {
            return new AcceptHeader(List.of(new Range("*", "*", 1.0)));
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String mediaRange = pieces[0].trim().toLowerCase(Locale.ROOT);
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1) {
                continue;
            }
            Optional<Double> quality = Optional.of(1.0);
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    quality = parseQuality(parameter.substring(2).trim());
                }
            }
            quality.ifPresent(q -> ranges.add(new Range(mediaRange.substring(0, slash),
                    mediaRange.substring(slash + 1), q)));
        }
        return new AcceptHeader(ranges);
    }

    private static Optional<Double> parseQuality(String value) {
        try {
            double q = Double.parseDouble(value);
            return q >= 0 && q <= 1 ? Optional.of(q) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The quality of a concrete media type such as {@code text/turtle}; 0 when not acceptable. */
    double quality(String mediaType) {
        return quality(List.of(mediaType));
    }

    /**
     * The quality of one representation known by several media types (a type and its
     * aliases): the most specific range naming any of them decides, so that
     * {@code text/turtle;q=0} excludes Turtle even though {@code *}{@code /*} matches an alias.
     */
    double quality(List<String> mediaTypes) {
        Range best = null;
        for (String mediaType : mediaTypes) {
            String type = mediaType.toLowerCase(Locale.ROOT);
            for (Range range : ranges) {
                if (range.matches(type) && (best == null || range.specificity() > best.specificity()
                        || range.specificity() == best.specificity() && range.quality() > best.quality())) {
                    best = range;
                }
            }
        }
        return best == null ? 0 : best.quality();
    }

    /**
     * The offer the client prefers: the highest quality above zero over each offer's media
     * types; on a tie the earlier offer (the server's preference) wins.
     */
    <T> Optional<T> choose(List<T> offers, Function<T, List<String>> mediaTypes) {
        T chosen = null;
        double chosenQuality = 0;
        for (T offer : offers) {
            double q = quality(mediaTypes.apply(offer));
            if (q > chosenQuality) {
                chosen = offer;
                chosenQuality = q;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
