package org.w3id.tigris.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a researcher typed in the search box, as a boolean query (read by {@link SearchParser}).
 * Rendered both as a Lucene query for the text index and as a SPARQL filter for the scan
 * without one, so that both read the input the same way.
 */
sealed interface SearchExpression {
    /** The words Lucene reads as operators even when escaped. */
    Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    /** The Lucene query (classic query parser syntax), every term escaped, fully parenthesised. */
    String lucene();

    /** A SPARQL filter over {@code text}, a lower-cased string: each term a substring of it. */
    Expr sparql(ExprVar text);

    /**
     * True when the expression says what must be found, not only what must not: a bare
     * {@code NOT x}, or {@code a OR NOT b}, would ask for "everything else", which neither
     * Lucene nor a search page answers usefully.
     */
    boolean isPositive();

    default boolean isEmpty() {
        return this instanceof All all && all.parts().isEmpty();
    }

    /** A word or a "phrase"; in the scan, a case-insensitive substring. */
    record Term(String text, boolean phrase) implements SearchExpression {
        @Override
        public String lucene() {
            if (phrase) {
                return "\"" + QueryParserBase.escape(text) + "\"";
            }
            // An operator word taken as a word: lower case is the only escape Lucene knows.
            return OPERATORS.contains(text) ? text.toLowerCase(Locale.ROOT) : QueryParserBase.escape(text);
        }

        @Override
        public Expr sparql(ExprVar textVariable) {
            return new E_StrContains(textVariable, NodeValue.makeString(text.toLowerCase(Locale.ROOT)));
        }

        @Override
        public boolean isPositive() {
            return true;
        }
    }

    /** Every part must hold; the parts that are {@link Without} must not. */
    record All(List<SearchExpression> parts) implements SearchExpression {
        @Override
        public String lucene() {
            return parts.size() == 1 ? parts.get(0).lucene()
                    : parts.stream().map(SearchExpression::lucene).collect(Collectors.joining(" AND ", "(", ")"));
        }

        @Override
        public Expr sparql(ExprVar text) {
            return parts.stream().map(p -> p.sparql(text)).reduce(E_LogicalAnd::new).orElse(NodeValue.TRUE);
        }

        @Override
        public boolean isPositive() {
            return parts.stream().anyMatch(p -> !(p instanceof Without))
                    && parts.stream().allMatch(p -> p instanceof Without w ? w.excluded().isPositive() : p.isPositive());
        }
    }

    /** One of the parts must hold. */
    record Any(List<SearchExpression> parts) implements SearchExpression {
        @Override
        public String lucene() {
            return parts.size() == 1 ? parts.get(0).lucene()
                    : parts.stream().map(SearchExpression::lucene).collect(Collectors.joining(" OR ", "(", ")"));
        }

        @Override
        public Expr sparql(ExprVar text) {
            return parts.stream().map(p -> p.sparql(text)).reduce(E_LogicalOr::new).orElse(NodeValue.FALSE);
        }

        @Override
        public boolean isPositive() {
            return parts.stream().allMatch(SearchExpression::isPositive);
        }
    }

    /** Must not hold; only meaningful next to something that must. */
    record Without(SearchExpression excluded) implements SearchExpression {
        @Override
        public String lucene() {
            return "NOT " + excluded.lucene();
        }

        @Override
        public Expr sparql(ExprVar text) {
            return new E_LogicalNot(excluded.sparql(text));
        }

        @Override
        public boolean isPositive() {
            return false;
        }
    }
}
