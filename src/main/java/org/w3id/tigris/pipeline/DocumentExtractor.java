package org.w3id.tigris.pipeline;

import org.w3id.tigris.extract.DocumentExtraction;
import java.util.List;
import org.w3id.tigris.read.Source;

/** Turns one source into everything extracted from it. Implementations are thread-safe. */
public interface DocumentExtractor {
    DocumentExtraction extract(Source source);

    /** The models and data behind the extraction, for the run's provenance. */
    List<String> modelVersions();
}
