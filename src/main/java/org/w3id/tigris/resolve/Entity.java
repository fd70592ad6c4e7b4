package org.w3id.tigris.resolve;

import org.w3id.tigris.recognize.GeoPoint;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;

/**
 * A canonical real-world entity. Its {@code id} is a slug (lower case, hyphens) that is
 * the same in every document naming it: the last segment of its IRI.
 *
 * @param id        canonical slug, e.g. {@code kataib-hezbollah}
 * @param label     canonical name
 * @param type      entity class
 * @param wikidata  a verified Wikidata QID ({@code Q796}); empty rather than guessed
 * @param geonames  GeoNames id for places
 * @param point     coordinates for located places
 * @param locatedIn the id of the containing place (city → region → country)
 * @param aliases   known other names (gazetteer aliases; surface forms are added by the RDF stage)
 */
public record Entity(String id, String label, EntityType type, Optional<String> wikidata,
                     Optional<String> geonames, Optional<GeoPoint> point,
                     Optional<String> locatedIn, Set<String> aliases) {
}
