package org.w3id.tigris.queries;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query in queries/ is standard SPARQL 1.1, says what it answers and how to
 * run it, and uses only terms the ontology declares. (Running them against the seeds is
 * the end-to-end tests' job.)
 */
class ExampleQueriesParseTest {
    private static final Path QUERIES = Path.of("queries");
    private static final String TG = "https://w3id.org/tigris/ontology#";
    private static final Pattern TG_IRI = Pattern.compile("<" + Pattern.quote(TG) + "([^>]*)>");

    private static Set<String> declaredTerms;

    @BeforeAll
    static void loadOntology() {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "tigris.ttl").toString());
        declaredTerms = ontology.listSubjectsWithProperty(RDF.type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(TG))
                .mapWith(r -> r.getURI().substring(TG.length()))
                .toSet();
    }

    static List<Path> queryFiles() {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thereAreEnoughExamples() {
        assertTrue(queryFiles().size() >= 12, "only " + queryFiles().size() + " queries in queries/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void isStandardSparql11(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertDoesNotThrow(() -> QueryFactory.create(text, Syntax.syntaxSPARQL_11), file + " is not SPARQL 1.1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void opensWithWhatItAnswersAndHowToRunIt(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
        String comment = String.join("\n", header);
        assertTrue(header.size() >= 4, file + ": the comment block is too short");
        assertTrue(comment.contains("Answers:"), file + ": no 'Answers:' line");
        assertTrue(comment.contains("./tigris query --store data --file " + QUERIES.resolve(file.getFileName())),
                file + ": no './tigris query' line naming this file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void usesOnlyDeclaredTigrisTerms(Path file) {
        Query query = QueryFactory.create(readString(file), Syntax.syntaxSPARQL_11);
        // serialized without prefixes, every tg: term appears as a full IRI
        query.setPrefixMapping(PrefixMapping.Factory.create());
        Matcher m = TG_IRI.matcher(query.serialize());
        Set<String> undeclared = new TreeSet<>();
        while (m.find()) {
            if (!m.group(1).isEmpty() && !declaredTerms.contains(m.group(1))) {
                undeclared.add("tg:" + m.group(1));
            }
        }
        assertTrue(undeclared.isEmpty(), file + " uses terms tigris.ttl does not declare: " + undeclared);
    }

    @Test
    void theTermCheckCatchesAMisspeltTerm() {
        Query query = QueryFactory.create("PREFIX tg: <" + TG + "> SELECT * { ?e tg:kiled ?k ; a tg:Assault }");
        query.setPrefixMapping(PrefixMapping.Factory.create());
        Set<String> used = TG_IRI.matcher(query.serialize()).results()
                .map(r -> r.group(1)).collect(Collectors.toSet());
        assertTrue(used.contains("kiled") && !declaredTerms.contains("kiled") && declaredTerms.contains("Assault"));
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
