package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.system.Txn;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.store.KnowledgeStore;

/** {@code tigris validate --store DIR} */
final class ValidateCommand extends StoreCommand {
    private static final int SHOWN = 50;

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a store against the SHACL shapes (ontology/shapes.ttl)";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris validate --store DIR

                Validates the union of the store's graphs against the SHACL shapes shipped in
                ontology/shapes.ttl and prints the report: the number of violations and the
                first %d of them. Then checks that the entity catalogue holds exactly the entity
                triples of the document graphs, that the text and spatial indexes agree with the
                graphs (one text entry per indexed triple, a spatial index when there are
                geometries, no index work cut short), and prints the store's size: quads,
                bytes of its TDB2 files, bytes per quad. Exit status 1 when there is any
                violation or disagreement; tigris reindex rebuilds the catalogue and the indexes.
                """.formatted(SHOWN);
    }

    @Override
    protected int run(KnowledgeStore store, PrintStream out) {
        Graph shapesGraph = OntologyFiles.shapes()
                .orElseThrow(() -> new IllegalStateException(OntologyFiles.SHAPES + " is missing from the build"));
        Shapes shapes = Shapes.parse(shapesGraph);
        int shaclStatus = Txn.calculateRead(store.dataset(), () -> {
            Graph data = store.dataset().asDatasetGraph().getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            return print(report, out);
        });
        boolean derivedAgree = printDerivedAgreement(store, out);
        out.println("store: " + store.compactor().size().describe());
        return derivedAgree ? shaclStatus : 1;
    }

    private static int print(ValidationReport report, PrintStream out) {
        List<ReportEntry> entries = List.copyOf(report.getEntries());
        long violations = entries.stream().filter(e -> e.severity() == Severity.Violation).count();
        entries.stream().limit(SHOWN).forEach(e -> out.println(e.severity().level().getLocalName() + ": "
                + e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath()) + ": " + e.message()));
        if (entries.size() > SHOWN) {
            out.println("... and " + (entries.size() - SHOWN) + " more");
        }
        out.println(violations == 0 ? "conforms: no violations (" + entries.size() + " other results)"
                : violations + " violations");
        return violations == 0 ? 0 : 1;
    }
}
