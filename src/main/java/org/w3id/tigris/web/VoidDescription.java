package org.w3id.tigris.web;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID description of the dataset (W3C Interest Group Note "Describing Linked Datasets
 * with the VoID Vocabulary"): where to query it, where to download it, what IRIs it mints,
 * the vocabularies it uses and how big it is.
 */
final class VoidDescription {
    private final BackgroundCount<DatasetStatistics> statistics;
    private final Endpoints configured;

    VoidDescription(BackgroundCount<DatasetStatistics> statistics, Endpoints endpoints) {
        this.statistics = statistics;
        this.configured = endpoints;
    }

    /** @param address where the client reached the server (see {@link ServerAddress}) */
    Model describe(String address) {
        Endpoints endpoints = configured.at(address);
        Optional<DatasetStatistics> counted = this.statistics.get();
        Model model = ModelFactory.createDefaultModel();
        Resource dataset = model.createResource(endpoints.dataset(), VOID.Dataset);
        model.createResource(endpoints.voidDocument(), VOID.DatasetDescription)
                .addProperty(DCTerms.title, "VoID description of the Tigris knowledge graph")
                .addProperty(model.createProperty(Vocabularies.FOAF, "primaryTopic"), dataset);
        dataset.addProperty(DCTerms.title, "Tigris knowledge graph")
                .addProperty(DCTerms.description, "Actors, places, events and claims extracted from news "
                        + "documents, each traced to the words of its source. One named graph per document.")
                .addProperty(model.createProperty(Vocabularies.FOAF, "homepage"), model.createResource(endpoints.homePage()))
                .addProperty(VOID.sparqlEndpoint, model.createResource(endpoints.sparql()))
                .addProperty(VOID.dataDump, model.createResource(endpoints.nquadsDump()))
                .addProperty(VOID.dataDump, model.createResource(endpoints.trigDump()))
                .addProperty(VOID.uriSpace, endpoints.uriSpace())
                .addProperty(VOID.feature, model.createResource(Vocabularies.FORMATS + "Turtle"))
                .addProperty(VOID.feature, model.createResource(Vocabularies.FORMATS + "JSON-LD"))
                .addProperty(VOID.feature, model.createResource(Vocabularies.FORMATS + "N-Triples"))
                .addProperty(VOID.feature, model.createResource(Vocabularies.FORMATS + "RDF_XML"))
                .addProperty(VOID.feature, model.createResource(Vocabularies.FORMATS + "N-Quads"))
                .addProperty(VOID.feature, model.createResource(Vocabularies.FORMATS + "TriG"));
        Vocabularies.IN_THE_GRAPH.forEach(v -> dataset.addProperty(VOID.vocabulary, model.createResource(v)));
        // a large store's first count may still be running: the description comes without counts then
        counted.ifPresent(statistics -> {
            dataset.addProperty(VOID.triples, Counts.of(statistics.triples()))
                    .addProperty(VOID.classes, Counts.of(statistics.instancesPerClass().size()));
            statistics.instancesPerClass().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> dataset.addProperty(VOID.classPartition, model.createResource()
                            .addProperty(VOID._class, model.createResource(e.getKey()))
                            .addProperty(VOID.entities, Counts.of(e.getValue()))));
        });
        dataset.addProperty(RDF.type, model.createResource(Vocabularies.SD + "Dataset"));
        return model;
    }
}
