package org.w3id.tigris.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL update that refuses, with 400 and the reason, updates that would write to the
 * stored default graph, which no query sees (see {@link DefaultGraphWrites}). Everything
 * else is Fuseki's update service; updates that do not parse are left to it to report.
 */
final class UpdateService extends SPARQL_Update {
    private static final String ANALYSIS_BASE = "http://localhost/update-base/";

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
            request = UpdateFactory.create(new String(body, java.nio.charset.StandardCharsets.UTF_8), ANALYSIS_BASE);
        } catch (QueryParseException e) {
            // Fuseki parses it again below and answers 400 with the parser's message
        }
        if (request != null && DefaultGraphWrites.find(request).isPresent()) {
            ServletOps.errorBadRequest(DefaultGraphWrites.MESSAGE);
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
