package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A dump of every graph in the store, streamed quad by quad from one read transaction, so
 * memory does not grow with the store and the dump is one consistent state of it. It stops
 * when the request's {@link RequestDeadline} passes (see {@link PageGate}).
 */
final class DumpServlet extends HttpServlet {

    /** The two dump forms: gzipped N-Quads (the bulk form) and TriG (readable). */
    enum Form {
        NQUADS_GZIP(Endpoints.DUMP_NQUADS_PATH, "application/gzip", RDFFormat.NQUADS, true, "tigris.nq.gz"),
        TRIG(Endpoints.DUMP_TRIG_PATH, "application/trig; charset=utf-8", RDFFormat.TRIG_BLOCKS, false, "tigris.trig");

        final String path;
        final String contentType;
        final RDFFormat format;
        final boolean gzip;
        final String fileName;

        Form(String path, String contentType, RDFFormat format, boolean gzip, String fileName) {
            this.path = path;
            this.contentType = contentType;
            this.format = format;
            this.gzip = gzip;
            this.fileName = fileName;
        }
    }

    /** How many quads are written between looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private final Dataset dataset;
    private final Form form;
    private final ConditionalGet validators;
    private final RequestDeadline deadline;

    DumpServlet(Dataset dataset, Form form, ConditionalGet validators, RequestDeadline deadline) {
        this.dataset = dataset;
        this.form = form;
        this.validators = validators;
        this.deadline = deadline;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (validators.answeredNotModified(request, response)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(form.contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + form.fileName + "\"");
        OutputStream out = form.gzip ? new GZIPOutputStream(response.getOutputStream(), 1 << 16)
                : response.getOutputStream();
        Txn.executeRead(dataset, () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, form.format);
            stream.start();
            Vocabularies.PREFIXES.getNsPrefixMap().forEach(stream::prefix);
            long written = 0;
            for (Iterator<Quad> quads = dataset.asDatasetGraph().find(); quads.hasNext(); written++) {
                if (written % CHECK_EVERY == 0) {
                    deadline.check();
                }
                stream.quad(quads.next());
            }
            stream.finish();
        });
        if (out instanceof GZIPOutputStream gzip) {
            gzip.finish();
        }
        out.flush();
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        if (validators.answeredNotModified(request, response)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(form.contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + form.fileName + "\"");
    }
}
