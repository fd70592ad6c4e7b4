package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;

/** The property values of one resource across all graphs, each with its value's label. */
final class Facts {
    /** One value; {@code label} is the value's rdfs:label when it has one. */
    record Value(RDFNode node, Optional<String> label) {
        Optional<String> iri() {
            return node.isURIResource() ? Optional.of(node.asResource().getURI()) : Optional.empty();
        }

        String text() {
            return node.isLiteral() ? node.asLiteral().getLexicalForm()
                    : node.isURIResource() ? node.asResource().getURI() : node.toString();
        }
    }

    private final Map<String, List<Value>> byPredicate;

    private Facts(Map<String, List<Value>> byPredicate) {
        this.byPredicate = byPredicate;
    }

    static Facts of(GraphReader reader, String iri) {
        return read(reader, KgQuery.FACTS, iri);
    }

    /** An entity's facts, read in the entity catalogue, which holds each of them once. */
    static Facts ofEntity(GraphReader reader, String iri) {
        return read(reader, KgQuery.ENTITY_FACTS, iri);
    }

    private static Facts read(GraphReader reader, KgQuery query, String iri) {
        Map<String, Map<RDFNode, Optional<String>>> collected = new LinkedHashMap<>();
        for (Row row : reader.select(query, q -> q.setIri("this", iri))) {
            String predicate = row.iri("p").orElseThrow();
            RDFNode value = row.node("o").orElseThrow();
            Optional<RDFNode> label = row.node("label");
            Map<RDFNode, Optional<String>> values = collected.computeIfAbsent(predicate, p -> new LinkedHashMap<>());
            Optional<String> known = values.getOrDefault(value, Optional.empty());
            values.put(value, preferred(known, label));
        }
        Map<String, List<Value>> facts = new LinkedHashMap<>();
        collected.forEach((p, values) -> {
            List<Value> list = new ArrayList<>();
            values.forEach((node, label) -> list.add(new Value(node, label)));
            facts.put(p, List.copyOf(list));
        });
        return new Facts(facts);
    }

    /** English or untagged labels win over labels in other languages. */
    private static Optional<String> preferred(Optional<String> known, Optional<RDFNode> candidate) {
        if (candidate.isEmpty() || !candidate.get().isLiteral()) {
            return known;
        }
        String language = candidate.get().asLiteral().getLanguage();
        String text = candidate.get().asLiteral().getLexicalForm();
        boolean english = language.isEmpty() || language.toLowerCase(Locale.ROOT).startsWith("en");
        return known.isEmpty() || english ? Optional.of(text) : known;
    }

    List<Value> values(Property property) {
        return byPredicate.getOrDefault(property.getURI(), List.of());
    }

    Optional<String> text(Property property) {
        return values(property).stream().findFirst().map(Value::text);
    }

    List<String> iris(Property property) {
        return values(property).stream().flatMap(v -> v.iri().stream()).toList();
    }

    List<Value> types() {
        return values(RDF.type);
    }

    Map<String, List<Value>> all() {
        return byPredicate;
    }
}
