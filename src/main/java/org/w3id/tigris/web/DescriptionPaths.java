package org.w3id.tigris.web;

/**
 * Things and the documents describing them (the "303" pattern of linked data): the thing
 * {@code /id/P} (a person, a strike, a news article) is described at {@code /data/P.EXT},
 * one URL per RDF syntax (its {@link Representation#formatName()} as extension), and on the
 * page {@code /page/P}.
 */
final class DescriptionPaths {
    static final String THINGS = "/id/";
    static final String DATA = "/data/";
    static final String PAGES = "/page/";

    private DescriptionPaths() {
    }

    /** {@code /id/entity/anbar} to {@code /data/entity/anbar.ttl}. */
    static String data(String thingPath, Representation representation) {
        return DATA + rest(thingPath) + "." + representation.formatName();
    }

    /** {@code /id/entity/anbar} to {@code /page/entity/anbar}. */
    static String page(String thingPath) {
        return PAGES + rest(thingPath);
    }

    /** {@code entity/anbar} to {@code /id/entity/anbar}. */
    static String thing(String rest) {
        return THINGS + rest;
    }

    private static String rest(String thingPath) {
        if (!thingPath.startsWith(THINGS)) {
            throw new IllegalArgumentException("not a thing's path: " + thingPath);
        }
        return thingPath.substring(THINGS.length());
    }
}
