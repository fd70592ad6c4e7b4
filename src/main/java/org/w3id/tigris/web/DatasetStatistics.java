package org.w3id.tigris.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sizes for VoID and the service description: triples per named graph and instances per
 * class, counted when asked (the store changes with every ingest).
 */
record DatasetStatistics(Map<String, Long> triplesPerGraph, Map<String, Long> instancesPerClass) {

    static DatasetStatistics count(GraphReader reader) {
        return reader.read(() -> {
            Map<String, Long> graphs = new LinkedHashMap<>();
            for (Row row : reader.select(KgQuery.GRAPH_SIZES, q -> { })) {
                row.iri("g").ifPresent(g -> graphs.put(g, row.integer("triples").orElse(0)));
            }
            Map<String, Long> classes = new LinkedHashMap<>();
            for (Row row : reader.select(KgQuery.CLASS_SIZES, q -> { })) {
                row.iri("class").ifPresent(c -> classes.put(c, row.integer("instances").orElse(0)));
            }
            return new DatasetStatistics(Map.copyOf(graphs), Map.copyOf(classes));
        });
    }

    long triples() {
        return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
