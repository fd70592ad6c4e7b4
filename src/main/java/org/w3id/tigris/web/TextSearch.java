package org.w3id.tigris.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.NIF;
import org.w3id.tigris.rdf.TG;

/**
 * The search box: jena-text's {@code text:query} over the searchable properties the text
 * index holds, else a case-insensitive substring scan over names, claim texts and documents;
 * both read the input as {@link SearchParser} does (words, phrases, AND, OR, NOT).
 */
final class TextSearch {
    private static final Logger LOG = LoggerFactory.getLogger(TextSearch.class);

    /** What a researcher searches: names, other names, claim texts and document texts. */
    static final List<Property> SEARCHED = List.of(RDFS.label, SKOS.altLabel, TG.claimText, NIF.isString);

    /** How a search was answered, for the page to say. */
    enum Mode { TEXT_INDEX, SCAN }

    record Result(Mode mode, List<String> resources) {
    }

    private final GraphReader reader;
    /** The searched properties that have a field in the text index; empty without an index. */
    private final List<Property> indexed;

    TextSearch(GraphReader reader) {
        this.reader = reader;
        this.indexed = textIndex(reader.dataset())
                .map(index -> SEARCHED.stream().filter(p -> index.getDocDef().getField(p.asNode()) != null).toList())
                .orElse(List.of());
        if (textIndex(reader.dataset()).isPresent() && indexed.isEmpty()) {
            LOG.warn("The text index holds none of {}; search will scan", SEARCHED);
        }
    }

    Result find(String userQuery) {
        SearchExpression query = SearchParser.parse(userQuery.strip());
        Mode mode = indexed.isEmpty() ? Mode.SCAN : Mode.TEXT_INDEX;
        if (query.isEmpty()) {
            return new Result(mode, List.of());
        }
        if (mode == Mode.TEXT_INDEX) {
            try {
                String lucene = query.lucene();
                Set<String> found = new LinkedHashSet<>();
                for (Property property : indexed) {
                    found.addAll(resources(reader.select(KgQuery.SEARCH_TEXT, q -> {
                        q.setIri("property", property.getURI());
                        q.setLiteral("q", lucene);
                    })));
                }
                return new Result(Mode.TEXT_INDEX, List.copyOf(found));
            } catch (QueryException e) {
                // The query is well formed by construction; this is the index failing.
                LOG.warn("Text index search failed, scanning instead: {}", e.getMessage());
            }
        }
        return new Result(Mode.SCAN, resources(reader.select(scan(query))));
    }

    /**
     * The scan query with the search's filter in place of the template's, in a group of its own:
     * the parsed template's group is shared with every copy and must stay as it is.
     */
    private Query scan(SearchExpression search) {
        Query query = reader.prepared(KgQuery.SEARCH_SCAN, q -> { });
        ElementGroup group = new ElementGroup();
        for (Element e : ((ElementGroup) query.getQueryPattern()).getElements()) {
            group.addElement(e instanceof ElementFilter ? new ElementFilter(search.sparql(new ExprVar("text"))) : e);
        }
        query.setQueryPattern(group);
        return query;
    }

    private static List<String> resources(List<Row> rows) {
        return rows.stream().flatMap(row -> row.iri("s").stream()).distinct().toList();
    }

    static boolean hasTextIndex(Dataset dataset) {
        return textIndex(dataset).isPresent();
    }

    /** The index is found in the dataset's context or on a text-enabled dataset wrapper. */
    private static Optional<TextIndex> textIndex(Dataset dataset) {
        DatasetGraph graph = dataset.asDatasetGraph();
        while (graph != null) {
            if (graph instanceof DatasetGraphText text) {
                return Optional.of(text.getTextIndex());
            }
            if (graph.getContext() != null && graph.getContext().get(TextQuery.textIndex) instanceof TextIndex index) {
                return Optional.of(index);
            }
            graph = graph instanceof DatasetGraphWrapper wrapper ? wrapper.getWrapped() : null;
        }
        return Optional.empty();
    }
}
