package org.w3id.tigris.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.store.KnowledgeStore;

/** {@code tigris query --store DIR (QUERY | --file F.rq) [--format F]} */
final class QueryCommand implements Command {
    private static final Set<String> FORMATS = Set.of("table", "csv", "tsv", "json");

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run a SPARQL query against a store";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris query --store DIR (QUERY | --file F.rq) [--format table|csv|tsv|json]

                Runs a SPARQL query over the store's union graph and prints the result: a table
                by default. The prefixes tg:, nif:, itsrdf:, prov:, dcterms:, skos:, rdf:, rdfs:,
                owl:, xsd:, geo: and schema: are predeclared. Full-text search works
                (PREFIX text: <http://jena.apache.org/text#>); CONSTRUCT and DESCRIBE print Turtle
                (JSON-LD with --format json).

                  --store DIR    the store directory
                  --file F.rq    read the query from a file
                  --format F     table (default), csv, tsv or json
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "file", "format"), Set.of());
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        Path store = Path.of(args.required("store"));
        String format = args.value("format").orElse("table").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format must be one of table, csv, tsv, json");
        }
        String queryText = queryText(args);
        Query query;
        try {
            query = QueryFactory.create(Namespaces.sparqlPrologue() + queryText);
        } catch (QueryParseException e) {
            err.println("tigris query: " + e.getMessage().replaceAll("\\s+", " "));
            return 1;
        }
        StoreDirectory.requireExisting(store);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            Txn.executeRead(ks.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(query).build()) {
                    print(query, qe, format, out);
                }
            });
        }
        return 0;
    }

    private static String queryText(Args args) {
        if (args.value("file").isPresent()) {
            if (!args.positional().isEmpty()) {
                throw new UsageException("give the query or --file, not both");
            }
            Path file = Path.of(args.value("file").get());
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        if (args.positional().size() != 1) {
            throw new UsageException(args.positional().isEmpty() ? "no query given"
                    : "give the query as one argument (quote it)");
        }
        return args.positional().get(0);
    }

    private static void print(Query query, QueryExecution qe, String format, PrintStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                default -> ResultSetFormatter.out(out, rs, query.getPrologue());
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, answer);
                case "tsv" -> ResultSetFormatter.outputAsTSV(out, answer);
                case "json" -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> out.println(answer ? "yes" : "no");
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(Namespaces.standard());
            RDFDataMgr.write(out, model, "json".equals(format) ? Lang.JSONLD : Lang.TURTLE);
        }
        out.flush();
    }
}
