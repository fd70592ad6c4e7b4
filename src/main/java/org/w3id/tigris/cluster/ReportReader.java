package org.w3id.tigris.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * Reads the per-document events and the place hierarchy from a graph (the union of the
 * document graphs). An event is a subject with tg:evidence and prov:wasDerivedFrom typed with
 * one of the 16 PLOVER classes.
 */
public final class ReportReader {
    private static final Node DERIVED = PROV.wasDerivedFrom.asNode();
    private static final Node EVIDENCE = TG.evidence.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final List<Node> PLACE_CLASSES = List.of(TG.Location.asNode(), TG.Country.asNode(),
            TG.Region.asNode(), TG.City.asNode(), TG.Facility.asNode());

    private final Graph graph;
    private final Set<String> eventTypes;

    public ReportReader(Graph graph) {
        this.graph = graph;
        this.eventTypes = Arrays.stream(EventType.values()).map(t -> TG.NS + t.localName()).collect(Collectors.toSet());
    }

    public List<EventReport> reports() {
        // from the 16 classes' members, not from everything with evidence: a store holds
        // some twenty mentions for every event
        Map<String, EventReport> out = new LinkedHashMap<>();
        eventTypes.stream().sorted().forEach(type -> graph.find(Node.ANY, TYPE, NodeFactory.createURI(type))
                .forEachRemaining(t -> {
                    Node s = t.getSubject();
                    if (s.isURI() && !out.containsKey(s.getURI())) {
                        report(s).ifPresent(r -> out.put(r.iri(), r));
                    }
                }));
        return new ArrayList<>(out.values());
    }

    /** The report a subject is, if it is one: typed with a PLOVER class, with evidence and a document. */
    public Optional<EventReport> report(Node s) {
        if (!s.isURI() || !graph.contains(s, EVIDENCE, Node.ANY)) {
            return Optional.empty();
        }
        String type = one(s, TYPE, this::eventType);
        String document = one(s, DERIVED, n -> n.isURI() ? n.getURI() : null);
        if (type == null || document == null) {
            return Optional.empty();
        }
        return Optional.of(new EventReport(s.getURI(), type, document,
                one(s, TG.date.asNode(), n -> n.isLiteral() ? n.getLiteralLexicalForm() : null),
                iris(s, TG.place.asNode()), iris(s, TG.agent.asNode()), iris(s, TG.target.asNode()),
                count(s, TG.killed.asNode()), count(s, TG.injured.asNode())));
    }

    /** A report's PLOVER type and its date (null when it has none), as {@link #report} reads them. */
    public record TypedDate(String type, String date) { }

    /** The type and date of the report a subject is, or empty when it is none (see {@link ReportLookup#dateOf}). */
    public Optional<TypedDate> typedDate(Node s) {
        if (!s.isURI() || !graph.contains(s, EVIDENCE, Node.ANY)) {
            return Optional.empty();
        }
        String type = one(s, TYPE, this::eventType);
        if (type == null || one(s, DERIVED, n -> n.isURI() ? n.getURI() : null) == null) {
            return Optional.empty();
        }
        return Optional.of(new TypedDate(type, one(s, TG.date.asNode(), n -> n.isLiteral() ? n.getLiteralLexicalForm() : null)));
    }

    /**
     * The places as {@link #places()} reads them, but one place at a time when asked: an
     * update of a few blocks needs the containers of a few places, not of every place.
     */
    public Places placesAsAsked() {
        Map<String, Boolean> countries = new HashMap<>();
        Map<String, Boolean> regions = new HashMap<>();
        // Kept as asked: a place's containers stand in every graph that names it (thousands of
        // copies for a country), and every pair of reports in a block asks whether it has any.
        Map<String, Set<String>> containers = new ConcurrentHashMap<>();
        return new Places(p -> containers.computeIfAbsent(p, x -> iris(NodeFactory.createURI(x), TG.locatedIn.asNode())),
                p -> countries.computeIfAbsent(p, x -> graph.contains(NodeFactory.createURI(x), TYPE, TG.Country.asNode())),
                p -> regions.computeIfAbsent(p, x -> graph.contains(NodeFactory.createURI(x), TYPE, TG.Region.asNode())),
                labels());
    }

    /**
     * Each place's name as asked for (the first of its rdfs:labels, in order), null for what is
     * not a place: one place under two names, but not one body ("the Border Police", "the Police").
     */
    private Function<String, String> labels() {
        Map<String, Optional<String>> known = new ConcurrentHashMap<>();
        return p -> known.computeIfAbsent(p, x -> {
            Node n = NodeFactory.createURI(x);
            boolean place = PLACE_CLASSES.stream().anyMatch(c -> graph.contains(n, TYPE, c));
            return Optional.ofNullable(place ? one(n, RDFS.label.asNode(), l -> l.isLiteral() ? l.getLiteralLexicalForm() : null) : null);
        }).orElse(null);
    }

    private String eventType(Node n) {
        return n.isURI() && eventTypes.contains(n.getURI()) ? n.getURI() : null;
    }

    public Places places() {
        Map<String, Set<String>> containers = new HashMap<>();
        graph.find(Node.ANY, TG.locatedIn.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                containers.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
            }
        });
        Set<String> countries = typed(TG.Country.asNode());
        Set<String> regions = typed(TG.Region.asNode());
        return new Places(containers::get, countries::contains, regions::contains, labels());
    }

    private Set<String> typed(Node type) {
        Set<String> out = new HashSet<>();
        graph.find(Node.ANY, TYPE, type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject().getURI());
            }
        });
        return out;
    }

    private String one(Node s, Node p, Function<Node, String> value) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).mapWith(value::apply)
                .filterKeep(v -> v != null).toList().stream().sorted().findFirst().orElse(null);
    }

    private Set<String> iris(Node s, Node p) {
        Set<String> out = new HashSet<>();
        graph.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject().getURI());
            }
        });
        return out;
    }

    private OptionalInt count(Node s, Node p) {
        String v = one(s, p, n -> n.isLiteral() ? n.getLiteralLexicalForm() : null);
        try {
            return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
