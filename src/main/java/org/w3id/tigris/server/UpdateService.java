package org.w3id.tigris.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL update that refuses, with 400 and the reason, updates that would write to the
 * stored default graph, which no query sees (see {@link DefaultGraphWrites}), and updates
 * that name their dataset both in the request and in the update. Everything else is
 * Fuseki's update service; updates that do not parse are left to it to report.
 */
final class UpdateService extends SPARQL_Update {
    private static final List<String> DATASET_PARAMETERS = List.of("using-graph-uri", "using-named-graph-uri");
    private static final String ANALYSIS_BASE = "http://localhost/update-base/";

    private static boolean namesDatasetTwice(HttpAction action, UpdateRequest request) {
        boolean byProtocol = DATASET_PARAMETERS.stream().anyMatch(p -> action.getRequest().getParameter(p) != null);
        return byProtocol && request.getOperations().stream().anyMatch(u -> u instanceof UpdateWithUsing w
                && (w.getWithIRI() != null || !w.getUsing().isEmpty() || !w.getUsingNamed().isEmpty()));
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), ANALYSIS_BASE);
        } catch (QueryParseException e) {
            // Fuseki parses it again below and answers 400 with the parser's message
        }
        if (request != null && DefaultGraphWrites.find(request).isPresent()) {
            ServletOps.errorBadRequest(DefaultGraphWrites.MESSAGE);
        }
        if (request != null && namesDatasetTwice(action, request)) {
            // SPARQL 1.1 Protocol 2.2.3: a request error (Fuseki answered 500)
            ServletOps.errorBadRequest("using-graph-uri or using-named-graph-uri given with an update that has"
                    + " USING, USING NAMED or WITH");
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
