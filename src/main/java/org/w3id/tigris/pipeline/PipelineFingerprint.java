package org.w3id.tigris.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import opennlp.tools.util.Version;

/**
 * A digest of everything that decides what the pipeline extracts from a text: the classes of
 * the extraction stages, their tables (gazetteers, cue words, triggers), the name typer's
 * model and the OpenNLP toolkit version. A store keeps it with each document, so a document is extracted again
 * when the text or the pipeline has changed, not only the text.
 * <p>
 * Serving code (cli, server, web) and the store are left out: a new page or endpoint does not
 * make stored graphs stale.
 */
public final class PipelineFingerprint {
    private static final String CLASSES = "org/w3id/tigris/";
    private static final List<String> EXTRACTION_PACKAGES = List.of("read", "segment", "annotate", "lexicon",
            "recognize", "resolve", "time", "extract", "pipeline", "rdf");
    private static final List<String> RESOURCE_DIRS = List.of("segment/", "annotate/", "gazetteer/", "recognize/",
            "extract/", "time/");

    private PipelineFingerprint() {
    }

    /** The fingerprint of the pipeline on this class path, as {@code sha256:} and 16 hex digits. */
    public static String current() {
        CodeSource code = PipelineFingerprint.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            throw new IllegalStateException("cannot locate Tigris' classes to fingerprint them");
        }
        Path location;
        try {
            location = Path.of(code.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate Tigris' classes to fingerprint them", e);
        }
        Map<String, byte[]> parts = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
        if (parts.isEmpty()) {
            throw new IllegalStateException("no pipeline classes found at " + location);
        }
        MessageDigest sha = sha256();
        sha.update(("opennlp-tools " + Version.currentVersion()).getBytes(StandardCharsets.UTF_8));
        parts.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
        });
        return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    static boolean counts(String entryName) {
        if (entryName.endsWith("/")) {
            return false;
        }
        if (entryName.startsWith(CLASSES)) {
            String rest = entryName.substring(CLASSES.length());
            return EXTRACTION_PACKAGES.stream().anyMatch(p -> rest.startsWith(p + "/"));
        }
        return RESOURCE_DIRS.stream().anyMatch(entryName::startsWith);
    }

    private static Map<String, byte[]> fromJar(Path jar) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
                if (counts(e.getName())) {
                    try (InputStream in = file.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return parts;
    }

    private static Map<String, byte[]> fromDirectory(Path root) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (counts(name)) {
                    parts.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return parts;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
