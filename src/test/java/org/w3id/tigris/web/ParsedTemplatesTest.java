package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** Query texts parsed once: each request's copy is the query the text with its values written in would be. */
class ParsedTemplatesTest {
    private static final Pattern VALUES_NAME = Pattern.compile("VALUES\\s*\\([^)]*\\)\\s*\\{\\s*\\?(\\w+)\\s*}");
    private static final RDFNode A = ResourceFactory.createResource("http://example.org/a");
    private static final RDFNode B = ResourceFactory.createResource("http://example.org/b");

    /** Every parameter a page query of ours takes, bound as the pages bind it. */
    private static void bind(ParameterizedSparqlString pss, String text, String iri) {
        Matcher m = VALUES_NAME.matcher(text);
        while (m.find()) {
            pss.setValues(m.group(1), List.of(A, ResourceFactory.createResource(iri)));
        }
        if (text.contains("?this") && !text.contains("VALUES (?this)")) {
            pss.setIri("this", iri);
        }
        if (text.contains("?property")) {
            pss.setIri("property", "http://www.w3.org/2000/01/rdf-schema#label");
        }
        if (text.contains("?q")) {
            pss.setLiteral("q", "Kataib AND \"Hezbollah\"");
        }
    }

    private static String text(KgQuery query) {
        return query.prepare(new ParsedTemplates(1)).getCommandText();
    }

    @Test
    void everyPageQueryBoundInItsParseIsTheQueryTheSuperclassWrites() {
        ParsedTemplates templates = new ParsedTemplates(64);
        for (KgQuery query : KgQuery.values()) {
            for (String iri : List.of("http://example.org/x", "http://example.org/y")) {
                String text = text(query);
                ParameterizedSparqlString written = new ParameterizedSparqlString(text);
                bind(written, text, iri);
                Query bound = query.bound(templates, q -> bind(q, text, iri));
                assertEquals(written.asQuery(), bound, query + " with " + iri + ": " + bound);
                assertSameAnswers(written.asQuery(), bound, query.toString());
            }
        }
        assertEquals(KgQuery.values().length, templates.size(), "each text parsed once, whatever its values");
    }

    /** Equal syntax trees can still answer differently: a copy that lost its aggregates did. */
    private static void assertSameAnswers(Query expected, Query actual, String what) {
        Dataset dataset = SampleGraph.dataset();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution e = QueryExecution.dataset(dataset).query(expected).build();
                 QueryExecution a = QueryExecution.dataset(dataset).query(actual).build()) {
                if (expected.isSelectType()) {
                    assertTrue(ResultSetCompare.equalsByTerm(e.execSelect(), a.execSelect()), what);
                } else if (expected.isAskType()) {
                    assertEquals(e.execAsk(), a.execAsk(), what);
                } else if (expected.isConstructQuad()) {
                    assertEquals(e.execConstructDataset().asDatasetGraph().stream().collect(Collectors.toSet()),
                            a.execConstructDataset().asDatasetGraph().stream().collect(Collectors.toSet()), what);
                } else {
                    assertTrue(e.execConstruct().isIsomorphicWith(a.execConstruct()), what);
                }
            }
        });
    }

    @Test
    void aCopyOfAnAggregateQueryAnswersAsTheQuery() {
        List<RDFNode> items = List.of(ResourceFactory.createResource(SampleGraph.alphaEvent()),
                ResourceFactory.createResource(SampleGraph.jointClaim()));
        ParameterizedSparqlString written = new ParameterizedSparqlString(text(KgQuery.LABELS_OF));
        written.setValues("these", items);
        Query labels = KgQuery.LABELS_OF.bound(new ParsedTemplates(2), q -> q.setValues("these", items));
        assertSameAnswers(written.asQuery(), labels, "bound");
        assertSameAnswers(written.asQuery(), ParsedTemplates.copyOf(labels), "a copy");
        assertSameAnswers(written.asQuery(), ResultTable.pageOf(labels, 10, 0), "a page");
    }

    @Test
    void aCopyKeepsItsValuesWhenTheTemplateIsBoundAgain() {
        ParsedTemplates templates = new ParsedTemplates(4);
        Query first = KgQuery.LABELS.bound(templates, q -> q.setValues("these", List.of(A)));
        String before = first.toString();
        Query second = KgQuery.LABELS.bound(templates, q -> q.setValues("these", List.of(B)));
        assertEquals(before, first.toString());
        assertNotEquals(first.toString(), second.toString());
        assertTrue(second.toString().contains("<http://example.org/b>") && !second.toString().contains("<http://example.org/a>"),
                second.toString());
    }

    @Test
    void aPageOfACopyLeavesTheTemplateWithoutLimit() {
        ParsedTemplates templates = new ParsedTemplates(4);
        Query bound = KgQuery.DOCUMENTS.bound(templates, q -> { });
        Query page = ResultTable.pageOf(bound, 10, 20);
        assertEquals(10, page.getLimit());
        assertEquals(Query.NOLIMIT, KgQuery.DOCUMENTS.bound(templates, q -> { }).getLimit());
    }

    @Test
    void onlyTheMostRecentlyUsedTextsAreKept() {
        ParsedTemplates templates = new ParsedTemplates(2);
        for (int i = 0; i < 5; i++) {
            templates.copy("SELECT * WHERE { ?s ?p " + i + " }", org.apache.jena.query.Syntax.syntaxSPARQL_11, q -> q);
        }
        assertEquals(2, templates.size());
    }

    @Test
    void aTextWithTwoHavingConditionsIsRefused() {
        // Jena 5.6's query transforms repeat the first HAVING condition in place of the others.
        ParsedTemplates templates = new ParsedTemplates(2);
        assertThrows(IllegalArgumentException.class, () -> templates.copy(
                "SELECT ?t WHERE { ?s a ?t } GROUP BY ?t HAVING (COUNT(*) > 0) (COUNT(*) < 2)",
                org.apache.jena.query.Syntax.syntaxSPARQL_11, q -> q));
    }
}
