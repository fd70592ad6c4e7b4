package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Optional;

/**
 * A real-world actor or place Tigris knows by name.
 *
 * @param key        the key mentions carry ({@link Mention#gazetteerKey()}): the entity id for
 *                   curated entries, {@code geonames:ID} for places known only from GeoNames
 * @param id         the canonical entity slug
 * @param type       entity class
 * @param label      canonical name
 * @param aliases    other names (curated and generated; GeoNames alternates are not repeated)
 * @param wikidata   verified Wikidata QID
 * @param geonames   GeoNames id
 * @param point      coordinates, only from a named source (GeoNames)
 * @param locatedIn  id of the containing place
 * @param country    id of the country it belongs to (itself for a country)
 * @param population GeoNames population (0 when unknown), to choose between same-named places
 */
public record GazetteerEntry(String key, String id, EntityType type, String label, List<String> aliases,
                             Optional<String> wikidata, Optional<String> geonames, Optional<GeoPoint> point,
                             Optional<String> locatedIn, Optional<String> country, long population) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
