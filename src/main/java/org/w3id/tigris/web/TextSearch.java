package org.w3id.tigris.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search box: jena-text's {@code text:query} when the dataset has a text index, else a
 * case-insensitive substring scan over names, claim texts and document texts.
 */
final class TextSearch {
    private static final Logger LOG = LoggerFactory.getLogger(TextSearch.class);

    /** How a search was answered, for the page to say. */
    enum Mode { TEXT_INDEX, SCAN }

    record Result(Mode mode, List<String> resources) {
    }

    private final GraphReader reader;
    private final boolean indexed;

    TextSearch(GraphReader reader) {
        this.reader = reader;
        this.indexed = hasTextIndex(reader.dataset());
    }

    Result find(String userQuery) {
        String query = userQuery.strip();
        if (query.isEmpty()) {
            return new Result(indexed ? Mode.TEXT_INDEX : Mode.SCAN, List.of());
        }
        if (indexed) {
            try {
                List<String> found = resources(reader.select(KgQuery.SEARCH_TEXT,
                        q -> q.setLiteral("q", luceneQuery(query))));
                return new Result(Mode.TEXT_INDEX, found);
            } catch (QueryException e) {
                LOG.warn("Text index search failed, scanning instead: {}", e.getMessage());
            }
        }
        return new Result(Mode.SCAN, resources(reader.select(KgQuery.SEARCH_SCAN, q -> q.setLiteral("q", query))));
    }

    private static List<String> resources(List<Row> rows) {
        return rows.stream().flatMap(row -> row.iri("s").stream()).distinct().toList();
    }

    /** Every word must occur; Lucene's operators in user input are taken literally. */
    static String luceneQuery(String userQuery) {
        return Arrays.stream(userQuery.split("\\s+")).filter(w -> !w.isBlank())
                .map(QueryParserBase::escape)
                .collect(Collectors.joining(" AND "));
    }

    /** A text index is found either in the dataset's context or as a text-enabled wrapper. */
    static boolean hasTextIndex(Dataset dataset) {
        DatasetGraph graph = dataset.asDatasetGraph();
        while (graph != null) {
            if (graph instanceof DatasetGraphText
                    || graph.getContext() != null && graph.getContext().isDefined(TextQuery.textIndex)) {
                return true;
            }
            graph = graph instanceof DatasetGraphWrapper wrapper ? wrapper.getWrapped() : null;
        }
        return false;
    }
}
