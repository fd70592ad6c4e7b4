package org.w3id.tigris.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sizes for VoID and the service description: triples per named graph and instances per
 * class, counted when asked (the store changes with every ingest).
 *
 * @param triples the triples of the default graph, the union of the named graphs, as a query
 *                counts them: a triple stated in several graphs once (so not the sum of the
 *                graphs' sizes)
 */
record DatasetStatistics(long triples, Map<String, Long> triplesPerGraph, Map<String, Long> instancesPerClass) {

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
            long triples = reader.select(KgQuery.DEFAULT_GRAPH_SIZE, q -> { }).stream()
                    .mapToLong(row -> row.integer("triples").orElse(0)).sum();
            return new DatasetStatistics(triples, Map.copyOf(graphs), Map.copyOf(classes));
        });
    }
}
