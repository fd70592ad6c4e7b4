package org.w3id.tigris.pipeline;

import java.util.List;
import org.w3id.tigris.read.Source;

/**
 * INTERIM (platform helper): the stage classes (segment, recognize, resolve, extract) are
 * being written; this placeholder is replaced by the real composition as soon as they exist.
 */
public final class Pipeline implements DocumentExtractor {
    private Pipeline() {
    }

    public static Builder create() {
        return new Builder();
    }

    @Override
    public DocumentExtraction extract(Source source) {
        throw new UnsupportedOperationException("the extraction stages are not wired yet");
    }

    @Override
    public List<String> modelVersions() {
        return List.of();
    }

    public static final class Builder {
        public Pipeline build() {
            return new Pipeline();
        }
    }
}
