package org.w3id.tigris.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Puts what a client sent into a directory, as files the reader names as the client did: a
 * single document under its given name, or the entries of a zip or gzipped tar archive under
 * their paths. Only plain files come out of an archive, never outside the directory, and the
 * bytes written are limited. One per upload.
 */
final class UploadUnpacker {
    private final long maxBytes;
    private long written;

    UploadUnpacker(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The kind of upload a content type and name announce. */
    enum Kind { DOCUMENT, ZIP, TAR_GZ }

    static Kind kind(String contentType, Optional<String> name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String lowerName = name.map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
        if (type.startsWith("application/zip") || lowerName.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (type.startsWith("application/gzip") || type.startsWith("application/x-gzip")
                || type.startsWith("application/x-gtar") || type.startsWith("application/x-tar")
                || lowerName.endsWith(".tar.gz") || lowerName.endsWith(".tgz")) {
            return Kind.TAR_GZ;
        }
        return Kind.DOCUMENT;
    }

    /** Writes the upload under {@code dir}; a document needs its name ({@code report.txt}, {@code feed.jsonl}). */
    void unpack(InputStream body, Kind kind, Optional<String> name, Path dir) throws IOException {
        switch (kind) {
            case ZIP -> unzip(body, dir);
            case TAR_GZ -> untar(body, dir);
            case DOCUMENT -> copy(body, target(dir, name.orElseThrow(() ->
                    new BadUploadException("name the document: ?name=report.txt (the extension says how to read it)"))));
        }
    }

    private void unzip(InputStream body, Path dir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(body)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    copy(zip, target(dir, entry.getName()));
                }
            }
        }
    }

    private void untar(InputStream body, Path dir) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(body))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                // links, devices and FIFOs inside an archive are not documents
                if (entry.isFile()) {
                    copy(tar, target(dir, entry.getName()));
                }
            }
        }
    }

    private static Path target(Path dir, String name) {
        String relative = name.replace('\\', '/');
        while (relative.startsWith("./")) {
            relative = relative.substring(2);
        }
        Path target = dir.resolve(relative).normalize();
        if (relative.isEmpty() || relative.startsWith("/") || !target.startsWith(dir) || target.equals(dir)) {
            throw new BadUploadException("not a name inside the upload: " + name);
        }
        return target;
    }

    private void copy(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                if (written > maxBytes) {
                    throw new BadUploadException("the upload is over the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** An upload that cannot be taken as it is: the client's mistake, answered 400. */
    static final class BadUploadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadUploadException(String message) {
            super(message);
        }
    }
}
