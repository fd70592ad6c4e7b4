package org.w3id.tigris.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.w3id.tigris.pipeline.IngestReport;

/**
 * {@code POST /kg/ingest}: documents into the running server, for the admin user only.
 * The body is one document ({@code ?name=report.txt}; {@code .txt}, {@code .md},
 * {@code .html}, or {@code .jsonl} for JSON lines), a zip, or a gzipped tar
 * ({@code Content-Type: application/zip}, {@code application/gzip}, or a name ending so).
 * Answers when every document is stored and indexed, with the batch's report as JSON:
 * {@code added}, {@code replaced}, {@code unchanged}, {@code problems} (one line each).
 */
final class IngestService extends PostOnlyService {
    static final Operation OPERATION = Operation.alloc("https://w3id.org/tigris/ontology#ingestService",
            "tigris-ingest", "Tigris document ingest");
    static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    private final LiveIngest ingest;

    IngestService(LiveIngest ingest) {
        super("POST documents to ingest them");
        this.ingest = ingest;
    }

    @Override
    public void execute(HttpAction action) {
        Optional<String> name = Optional.ofNullable(action.getRequestParameter("name")).filter(n -> !n.isBlank());
        UploadUnpacker.Kind kind = UploadUnpacker.kind(action.getRequest().getContentType(), name);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tigris-ingest");
            try {
                new UploadUnpacker(MAX_UPLOAD_BYTES).unpack(action.getRequestInputStream(), kind, name, dir);
            } catch (UploadUnpacker.BadUploadException e) {
                ServletOps.errorBadRequest(e.getMessage());
                return;
            } catch (IOException e) {
                ServletOps.errorBadRequest("cannot read the upload: " + e.getMessage());
                return;
            }
            IngestReport report = ingest.ingest(List.of(dir));
            respond(action, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private void respond(HttpAction action, IngestReport report) throws IOException {
        ObjectNode body = body()
                .put("added", report.added())
                .put("replaced", report.replaced())
                .put("unchanged", report.unchanged())
                .put("milliseconds", report.elapsed().toMillis())
                .put("summary", report.summary());
        var problems = body.putArray("problems");
        report.problems().forEach(problems::add);
        answer(action, 200, body);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
