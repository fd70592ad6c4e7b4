package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * A parameterized query whose {@code VALUES} blocks ({@code VALUES (?a ?b) { ?name }}) are filled
 * in the parsed query rather than written into its text. Jena's {@link ParameterizedSparqlString}
 * checks the whole text once for every value it writes in, so binding a few hundred values (a
 * page of table rows, a search's hits, the names of a page's links) cost more than running the
 * query: profiled on a 50,000-document store, a third of an entity page's CPU. Here the values
 * cost their parse as terms, and they are still bound as RDF terms, never spliced in as text.
 * Other parameters ({@code setIri}, {@code setLiteral}) work as in the superclass.
 */
final class ValuesBoundSparql extends ParameterizedSparqlString {
    private final Map<String, List<List<Node>>> values = new LinkedHashMap<>();

    ValuesBoundSparql(String text) {
        super(text);
    }

    @Override
    public void setValues(String name, Collection<? extends RDFNode> items) {
        values.put(name, items.stream().map(n -> List.of(n.asNode())).toList());
    }

    @Override
    public void setValues(String name, RDFNode item) {
        setValues(name, List.of(item));
    }

    @Override
    public void setValues(Map<String, Collection<? extends RDFNode>> items) {
        items.forEach(this::setValues);
    }

    @Override
    public void setRowValues(String name, Collection<List<? extends RDFNode>> rows) {
        values.put(name, rows.stream().map(row -> row.stream().map(RDFNode::asNode).toList()).toList());
    }

    @Override
    public Query asQuery() {
        return asQuery(Syntax.defaultQuerySyntax);
    }

    @Override
    public Query asQuery(Syntax syntax) {
        String original = getCommandText();
        Map<List<Var>, List<List<Node>>> rowsByHeader = new HashMap<>();
        String text = original;
        for (Map.Entry<String, List<List<Node>>> e : values.entrySet()) {
            Matcher m = Pattern.compile("VALUES\\s*\\(([^)]*)\\)\\s*\\{\\s*\\?" + Pattern.quote(e.getKey()) + "\\s*}")
                    .matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                List<Var> header = Arrays.stream(m.group(1).trim().split("\\s+")).map(v -> Var.alloc(v.substring(1))).toList();
                e.getValue().stream().filter(row -> row.size() != header.size()).findFirst().ifPresent(row -> {
                    throw new IllegalArgumentException("a row of " + row.size() + " values for " + header);
                });
                List<List<Node>> before = rowsByHeader.putIfAbsent(header, e.getValue());
                if (before != null && before != e.getValue()) {
                    throw new IllegalStateException("two value lists for VALUES " + header);
                }
                m.appendReplacement(out, Matcher.quoteReplacement("VALUES (" + m.group(1) + ") { }"));
            }
            m.appendTail(out);
            text = out.toString();
        }
        Query query;
        setCommandText(text);
        try {
            query = super.asQuery(syntax);
        } finally {
            setCommandText(original);
        }
        if (!rowsByHeader.isEmpty()) {
            fill(query.getQueryPattern(), rowsByHeader);
        }
        return query;
    }

    /** Adds the rows to every empty VALUES block of their header, subqueries and EXISTS included. */
    private static void fill(Element element, Map<List<Var>, List<List<Node>>> rowsByHeader) {
        if (element instanceof ElementData data) {
            List<List<Node>> rows = rowsByHeader.get(data.getVars());
            if (rows != null && data.getRows().isEmpty()) {
                for (List<Node> row : rows) {
                    BindingBuilder b = Binding.builder();
                    for (int i = 0; i < row.size(); i++) {
                        Node n = row.get(i);
                        if (n.isBlank()) {
                            throw new QueryException("a blank node cannot be a VALUES term");
                        }
                        b.add(data.getVars().get(i), n);
                    }
                    data.add(b.build());
                }
            }
        } else if (element instanceof ElementGroup g) {
            g.getElements().forEach(e -> fill(e, rowsByHeader));
        } else if (element instanceof ElementUnion u) {
            u.getElements().forEach(e -> fill(e, rowsByHeader));
        } else if (element instanceof ElementOptional o) {
            fill(o.getOptionalElement(), rowsByHeader);
        } else if (element instanceof ElementMinus m) {
            fill(m.getMinusElement(), rowsByHeader);
        } else if (element instanceof ElementNamedGraph n) {
            fill(n.getElement(), rowsByHeader);
        } else if (element instanceof ElementSubQuery s) {
            fill(s.getQuery().getQueryPattern(), rowsByHeader);
        } else if (element instanceof ElementFilter f) {
            fillExists(f.getExpr(), rowsByHeader);
        }
    }

    private static void fillExists(Expr expr, Map<List<Var>, List<List<Node>>> rowsByHeader) {
        if (expr instanceof ExprFunctionOp op && op.getElement() != null) {
            fill(op.getElement(), rowsByHeader);
        }
        if (expr.isFunction()) {
            new ArrayList<>(expr.getFunction().getArgs()).forEach(a -> fillExists(a, rowsByHeader));
        }
    }
}
