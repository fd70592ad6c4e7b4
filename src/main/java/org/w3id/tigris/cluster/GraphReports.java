package org.w3id.tigris.cluster;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.w3id.tigris.rdf.TG;

/**
 * The reports of a graph (the union of a store's document graphs), looked up one by one, and
 * the clusters of its clusters graph. It reads one state of the store: what a lookup found is
 * kept and given again (an update's blocks of every event type ask for the same actor's and the
 * same month's reports; on a 50,000-document store these reads were most of an update's CPU),
 * so make a new one after the store changes.
 */
public final class GraphReports implements ReportLookup {
    private static final Node REPORT = TG.report.asNode();

    private final Graph graph;
    private final Graph clusters;
    private final ReportReader reader;
    private final Map<Triple, Set<String>> found = new HashMap<>();
    private final Map<String, Set<String>> months = new HashMap<>();
    private final Map<String, Optional<ReportReader.TypedDate>> dated = new HashMap<>();
    private final Map<Node, Set<String>> members = new HashMap<>();

    /** @param clusters the graph of the clusters stored (see {@link EventClusters}) */
    public GraphReports(Graph graph, Graph clusters) {
        this.graph = graph;
        this.clusters = clusters;
        this.reader = new ReportReader(graph);
    }

    @Override
    public Optional<String> dateOf(String iri, String type) {
        // a report is asked for by each block it is in, and by the blocks of other types that share its actors
        return dated.computeIfAbsent(iri, x -> reader.typedDate(NodeFactory.createURI(x)))
                .filter(d -> d.type().equals(type)).map(ReportReader.TypedDate::date);
    }

    @Override
    public Set<String> clusterOf(String report) {
        Set<String> out = new LinkedHashSet<>();
        // an update asks for a large cluster once for each of its members and their partners
        clusters.find(Node.ANY, REPORT, NodeFactory.createURI(report)).forEachRemaining(t ->
                out.addAll(members.computeIfAbsent(t.getSubject(), c -> {
                    Set<String> m = new LinkedHashSet<>();
                    clusters.find(c, REPORT, Node.ANY).forEachRemaining(r -> m.add(r.getObject().getURI()));
                    return Collections.unmodifiableSet(m);
                })));
        return out;
    }

    /** The places of the graph, read as they are asked for. */
    public Places places() {
        return reader.placesAsAsked();
    }

    @Override
    public Optional<EventReport> report(String iri) {
        return reader.report(NodeFactory.createURI(iri));
    }

    @Override
    public Collection<String> placesWithin(String place) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(place));
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (out.add(p)) {
                subjects(TG.locatedIn.asNode(), p).forEach(todo::push);
            }
        }
        return out;
    }

    @Override
    public Collection<String> withPlace(String place) {
        return subjects(TG.place.asNode(), place);
    }

    @Override
    public Collection<String> withAgent(String agent) {
        return subjects(TG.agent.asNode(), agent);
    }

    @Override
    public Collection<String> withTarget(String target) {
        return subjects(TG.target.asNode(), target);
    }

    /** Found by the date literals a document graph writes: the month's, and each of its days'. */
    @Override
    public Collection<String> datedIn(String month) {
        return months.computeIfAbsent(month, m -> {
            YearMonth ym = YearMonth.parse(m);
            Set<String> out = new LinkedHashSet<>();
            out.addAll(subjects(TG.date.asNode(), NodeFactory.createLiteralDT(m, XSDDatatype.XSDgYearMonth)));
            for (int day = 1; day <= ym.lengthOfMonth(); day++) {
                out.addAll(subjects(TG.date.asNode(), NodeFactory.createLiteralDT(ym.atDay(day).toString(), XSDDatatype.XSDdate)));
            }
            return Collections.unmodifiableSet(out);
        });
    }

    private Set<String> subjects(Node p, String object) {
        return subjects(p, NodeFactory.createURI(object));
    }

    private Set<String> subjects(Node p, Node object) {
        return found.computeIfAbsent(Triple.create(Node.ANY, p, object), pattern -> {
            Set<String> out = new LinkedHashSet<>();
            graph.find(Node.ANY, p, object).forEachRemaining(t -> {
                if (t.getSubject().isURI()) {
                    out.add(t.getSubject().getURI());
                }
            });
            return Collections.unmodifiableSet(out);
        });
    }
}
