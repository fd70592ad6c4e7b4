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
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A parameterized query whose values are bound in its parsed form rather than written into
 * its text. Jena's {@link ParameterizedSparqlString} writes every value into the text, checking
 * the whole text once for each, and parses the result: binding a few hundred values (a page of
 * table rows, a search's hits, the names of a page's links) cost more than running the query,
 * and the parse of each page's texts a fifth of a warm entity page. Here the text with its
 * {@code VALUES} blocks ({@code VALUES (?a ?b) { ?name }}) emptied is parsed once and kept
 * ({@link ParsedTemplates}); each request binds its {@code setIri}/{@code setLiteral} values as
 * terms for their variables and fills the blocks' rows in a copy, so values stay RDF terms and
 * are never spliced in as text.
 */
final class ValuesBoundSparql extends ParameterizedSparqlString {
    private final ParsedTemplates templates;
    private final Map<String, List<List<Node>>> values = new LinkedHashMap<>();

    ValuesBoundSparql(String text, ParsedTemplates templates) {
        super(text);
        this.templates = templates;
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
        Map<List<Var>, List<List<Node>>> rowsByHeader = new HashMap<>();
        String text = getCommandText();
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
        Map<Var, Node> terms = new HashMap<>();
        getVariableParameters().forEach((name, node) -> terms.put(Var.alloc(name), node));
        return templates.copy(text, syntax, template -> {
            Query bound = terms.isEmpty() ? ParsedTemplates.copyOf(template)
                    : QueryTransformOps.replaceVars(template, terms);
            return rowsByHeader.isEmpty() ? bound : QueryTransformOps.transform(bound, new RowsFilled(rowsByHeader));
        });
    }

    /** Every empty VALUES block of a header given rows gets them, in a new block (the template's stays empty). */
    private static final class RowsFilled extends ElementTransformCopyBase {
        private final Map<List<Var>, List<List<Node>>> rowsByHeader;

        RowsFilled(Map<List<Var>, List<List<Node>>> rowsByHeader) {
            this.rowsByHeader = rowsByHeader;
        }

        @Override
        public Element transform(ElementData data) {
            List<List<Node>> rows = rowsByHeader.get(data.getVars());
            if (rows == null || !data.getRows().isEmpty()) {
                return data;
            }
            List<Binding> bindings = new ArrayList<>(rows.size());
            for (List<Node> row : rows) {
                BindingBuilder b = Binding.builder();
                for (int i = 0; i < row.size(); i++) {
                    Node n = row.get(i);
                    if (n.isBlank()) {
                        throw new QueryException("a blank node cannot be a VALUES term");
                    }
                    b.add(data.getVars().get(i), n);
                }
                bindings.add(b.build());
            }
            return new ElementData(new ArrayList<>(data.getVars()), bindings);
        }
    }
}
