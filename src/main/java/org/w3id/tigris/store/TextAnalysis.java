package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * How a text index turns text into terms (its analyzers, filters and fields), as written in
 * the store description, and the same as recorded next to an index built with it. An index
 * built with another analysis answers queries wrongly without any error (stemmed query terms
 * against unstemmed index terms find nothing), so a difference means: rebuild.
 */
record TextAnalysis(String description) {
    static final String FILE = "analysis.txt";

    /** The description of a {@code text:TextIndexLucene} resource, its directory left out. */
    static TextAnalysis of(Resource textIndex) {
        return new TextAnalysis(render(textIndex, 0));
    }

    /** What the index in {@code textDirectory} was built with; empty for an index older than the record. */
    static Optional<TextAnalysis> recorded(Path textDirectory) {
        Path file = textDirectory.resolve(FILE);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(new TextAnalysis(Files.readString(file, StandardCharsets.UTF_8)))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void record(Path textDirectory) {
        try {
            Files.writeString(textDirectory.resolve(FILE), description, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A canonical text for a tree of blank nodes: properties sorted, blank nodes inlined. */
    private static String render(RDFNode node, int depth) {
        if (node.isLiteral()) {
            return "\"" + node.asLiteral().getLexicalForm() + "\"";
        }
        Resource resource = node.asResource();
        if (!resource.isAnon() && depth > 0 && !resource.listProperties().hasNext()) {
            return "<" + resource.getURI() + ">";
        }
        if (depth > 16) {
            throw new IllegalStateException("the text index description nests too deeply");
        }
        List<String> lines = new ArrayList<>();
        for (Statement s : resource.listProperties().toList()) {
            if (!s.getPredicate().getURI().equals(StoreAssembly.TEXT_NS + "directory")) {
                lines.add(s.getPredicate().getURI() + " " + render(s.getObject(), depth + 1));
            }
        }
        lines.sort(null);
        return (resource.isAnon() ? "" : "<" + resource.getURI() + ">") + "[" + String.join("; ", lines) + "]";
    }
}
