package org.w3id.tigris.web;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The SPARQL 1.1 Service Description of the query endpoint: what it speaks, the result
 * formats it returns, and its dataset (the default graph is the union of the named graphs,
 * one per document).
 */
final class ServiceDescription {
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML",
        "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"};

    private final BackgroundCount<DatasetStatistics> statistics;
    private final Endpoints configured;

    ServiceDescription(BackgroundCount<DatasetStatistics> statistics, Endpoints endpoints) {
        this.statistics = statistics;
        this.configured = endpoints;
    }

    /** @param address where the client reached the server (see {@link ServerAddress}) */
    Model describe(String address) {
        Endpoints endpoints = configured.at(address);
        Optional<DatasetStatistics> counted = this.statistics.get();
        Model model = ModelFactory.createDefaultModel();
        Resource service = model.createResource(endpoints.sparql() + "#service", sd(model, "Service"));
        service.addProperty(sdProperty(model, "endpoint"), model.createResource(endpoints.sparql()))
                .addProperty(sdProperty(model, "supportedLanguage"), sd(model, "SPARQL11Query"))
                .addProperty(sdProperty(model, "feature"), sd(model, "UnionDefaultGraph"))
                .addProperty(sdProperty(model, "feature"), sd(model, "BasicFederatedQuery"));
        for (String format : RESULT_FORMATS) {
            service.addProperty(sdProperty(model, "resultFormat"), model.createResource(Vocabularies.FORMATS + format));
        }
        Resource dataset = model.createResource(endpoints.dataset(), sd(model, "Dataset"))
                .addProperty(RDF.type, VOID.Dataset);
        service.addProperty(sdProperty(model, "defaultDataset"), dataset);
        Resource defaultGraph = model.createResource().addProperty(RDF.type, sd(model, "Graph"));
        dataset.addProperty(sdProperty(model, "defaultGraph"), defaultGraph);
        // a large store's first count may still be running: the graphs come without sizes then
        counted.ifPresent(statistics -> {
            defaultGraph.addProperty(VOID.triples, Counts.of(statistics.triples()));
            statistics.triplesPerGraph().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    dataset.addProperty(sdProperty(model, "namedGraph"), model.createResource()
                            .addProperty(RDF.type, sd(model, "NamedGraph"))
                            .addProperty(sdProperty(model, "name"), model.createResource(e.getKey()))
                            .addProperty(sdProperty(model, "graph"), model.createResource()
                                    .addProperty(RDF.type, sd(model, "Graph"))
                                    .addProperty(VOID.triples, Counts.of(e.getValue())))));
        });
        return model;
    }

    private static Resource sd(Model model, String localName) {
        return model.createResource(Vocabularies.SD + localName);
    }

    private static Property sdProperty(Model model, String localName) {
        return model.createProperty(Vocabularies.SD, localName);
    }
}
