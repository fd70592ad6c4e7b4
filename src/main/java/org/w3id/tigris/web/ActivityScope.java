package org.w3id.tigris.web;

import java.util.List;

/**
 * Whose events and claims a page shows: everything, an entity's (as agent, target,
 * claimant, what a claim is about, or the place, itself or what lies within it), one
 * event's, or those of a search's hits.
 */
record ActivityScope(Kind kind, List<String> iris) {
    enum Kind { ALL, ENTITY, EVENT, SEARCH }

    ActivityScope {
        iris = List.copyOf(iris);
    }

    static ActivityScope all() {
        return new ActivityScope(Kind.ALL, List.of());
    }

    static ActivityScope entity(String iri) {
        return new ActivityScope(Kind.ENTITY, List.of(iri));
    }

    static ActivityScope event(String iri) {
        return new ActivityScope(Kind.EVENT, List.of(iri));
    }

    /**
     * The events and claims found, and those of the entities found. Documents found are left
     * out: a word in a document's text says nothing about which of its events it concerns.
     */
    static ActivityScope search(List<String> hits) {
        return new ActivityScope(Kind.SEARCH, hits.stream()
                .filter(iri -> iri.contains("/id/entity/") || iri.contains("/id/event/") || iri.contains("/id/claim/"))
                .toList());
    }
}
