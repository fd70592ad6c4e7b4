package org.w3id.tigris.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Query texts parsed once and kept, the most recently used first. A page runs the same few
 * dozen query texts over and over, differing only in the values bound into them, and parsing
 * them again for every request was a fifth of a warm entity page's CPU on a 50,000-document
 * store. A parsed template is never handed out: callers get a copy made from it under its lock
 * ({@link #copy}), because Jena's syntax trees fill some of their fields lazily.
 */
final class ParsedTemplates {
    private final int capacity;
    private final Map<Key, Query> parsed;

    private record Key(String text, Syntax syntax) { }

    /** At most {@code capacity} texts kept; the least recently used goes first. */
    ParsedTemplates(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.parsed = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Query> eldest) {
                return size() > ParsedTemplates.this.capacity;
            }
        };
    }

    /**
     * A new query made by {@code binding} from the parse of {@code text}; {@code binding} must
     * return a query of its own (Jena's query transforms do) and must not change the one it is given.
     */
    Query copy(String text, Syntax syntax, UnaryOperator<Query> binding) {
        Query template = template(text, syntax);
        synchronized (template) {
            return binding.apply(template);
        }
    }

    /**
     * A copy of {@code query} with fields of its own, its syntax tree shared. Made by Jena's
     * identity transform: {@code QueryTransformOps.shallowCopy} in Jena 5.6 drops the
     * aggregates (a copy's {@code SAMPLE(?x)} answers nothing), and the transforms repeat the
     * first of several HAVING conditions, so such a query is parsed again from its text.
     */
    static Query copyOf(Query query) {
        if (query.getHavingExprs().size() > 1) {
            return QueryFactory.create(query.serialize(), query.getSyntax());
        }
        return QueryTransformOps.transform(query, new ElementTransformCopyBase());
    }

    /** How many texts are kept. */
    int size() {
        synchronized (parsed) {
            return parsed.size();
        }
    }

    private Query template(String text, Syntax syntax) {
        Key key = new Key(text, syntax);
        synchronized (parsed) {
            Query known = parsed.get(key);
            if (known != null) {
                return known;
            }
        }
        // Parsed outside the map's lock: a slow parse should not hold up other pages.
        Query template = QueryFactory.create(text, syntax);
        if (template.getHavingExprs().size() > 1) {
            // Jena 5.6's query transforms, which bind the values, repeat the first HAVING
            // condition in place of the others: one condition, joined with &&, is copied right.
            throw new IllegalArgumentException("join the HAVING conditions with && in one: " + text);
        }
        // Compiling sets the result variables of the query and its subqueries, fields Jena
        // otherwise fills on first use, so that copies read the template and never write it.
        Algebra.compile(template);
        synchronized (parsed) {
            return parsed.computeIfAbsent(key, k -> template);
        }
    }
}
