package org.w3id.tigris.server;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which addresses a query's {@code SERVICE} may make the server call. A public endpoint that
 * calls any address its anonymous users name is a server-side request forgery tool (other
 * services on the server's own network included), so the list is empty unless the operator
 * fills it. An address is allowed when it starts with a listed prefix that ends at a path,
 * query or fragment boundary: {@code https://query.wikidata.org/sparql} allows itself and
 * {@code https://query.wikidata.org/sparql?x}, not {@code https://query.wikidata.org/sparql.evil.example}.
 *
 * @param prefixes the allowed address prefixes
 */
record ServiceAllowList(List<String> prefixes) {
    static final String REFUSED = "SERVICE is off on this endpoint: it does not fetch other addresses for"
            + " anonymous queries. Run the federated query in your own client (SERVICE to this endpoint works)";

    ServiceAllowList {
        prefixes = List.copyOf(prefixes);
        for (String p : prefixes) {
            if (!p.startsWith("http://") && !p.startsWith("https://")) {
                throw new IllegalArgumentException("a SERVICE allow-list entry is an http(s) address prefix: " + p);
            }
        }
    }

    static ServiceAllowList none() {
        return new ServiceAllowList(List.of());
    }

    boolean allows(String address) {
        return prefixes.stream().anyMatch(p -> address.startsWith(p) && (address.length() == p.length()
                || p.endsWith("/") || "/?#".indexOf(address.charAt(p.length())) >= 0));
    }

    /** Makes queries evaluated in {@code context} call only the allowed addresses, over HTTP. */
    void installIn(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new Guard(this));
        ServiceExecutorRegistry.set(context, registry);
    }

    /** A SERVICE the server will not call: the query's fault, not the server's. */
    static final class Refused extends QueryExecException {
        Refused(String message) {
            super(message);
        }
    }

    private record Guard(ServiceAllowList list) implements ServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                ExecutionContext context) {
            Node service = opExecute.getService();
            if (!service.isURI() || !list.allows(service.getURI())) {
                if (opExecute.getSilent()) {
                    // SILENT: a service that fails contributes the one empty solution
                    return QueryIterSingleton.create(binding, context);
                }
                throw new Refused(list.prefixes().isEmpty() ? REFUSED
                        : "SERVICE <" + (service.isURI() ? service.getURI() : service) + "> is not on this endpoint's allow-list");
            }
            return ServiceExecutorRegistry.httpService.createExecution(opExecute, original, binding, context);
        }
    }
}
