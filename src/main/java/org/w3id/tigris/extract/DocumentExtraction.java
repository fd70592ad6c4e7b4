package org.w3id.tigris.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Segmentation;

/**
 * Everything extracted from one document, as plain data: the input of the RDF stage.
 *
 * @param source       the document as read
 * @param segmentation its articles and boilerplate
 * @param published    the publication date (container metadata first, then the text)
 * @param mentions     every entity mention, resolved
 * @param entities     the entities those mentions name, by id
 * @param events       the events reported
 * @param claims       the claims attributed
 */
public record DocumentExtraction(Source source, Segmentation segmentation,
                                 Optional<LocalDate> published, List<ResolvedMention> mentions,
                                 Map<String, Entity> entities, List<Event> events,
                                 List<Claim> claims) {
}
