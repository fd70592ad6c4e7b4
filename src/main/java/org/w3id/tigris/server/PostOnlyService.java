package org.w3id.tigris.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * A service of the server's own that only takes POST and answers with a JSON object: the
 * admin's ingest and compaction. Other methods get 405 with what a POST would do.
 */
abstract class PostOnlyService extends ActionService {
    private final String whatPostDoes;
    private final ObjectMapper json = new ObjectMapper();

    /** @param whatPostDoes the 405 message, e.g. "POST documents to ingest them" */
    PostOnlyService(String whatPostDoes) {
        this.whatPostDoes = whatPostDoes;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        if (!"POST".equals(action.getRequestMethod())) {
            ServletOps.errorMethodNotAllowed(whatPostDoes);
        }
    }

    /** A new JSON object for the answer. */
    ObjectNode body() {
        return json.createObjectNode();
    }

    void answer(HttpAction action, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        action.setResponseStatus(status);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        action.getResponseOutputStream().write(bytes);
    }
}
