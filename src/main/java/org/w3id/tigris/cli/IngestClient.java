package org.w3id.tigris.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.server.AdminCredentials;

/**
 * {@code tigris ingest --endpoint URL}: sends files to a running server's ingest service,
 * packed in zip archives of a bounded size, each entry named as {@code tigris ingest} would
 * name the file, so the server stores the same source names. The server does the reading and
 * the extraction; its reports are summed into one.
 */
final class IngestClient {
    static final int MAX_FILES_PER_REQUEST = 200;
    static final long MAX_BYTES_PER_REQUEST = 32L * 1024 * 1024;

    private final URI endpoint;
    private final AdminCredentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Entry> found = new ArrayList<>(); // by collect, for one path at a time

    IngestClient(String url, AdminCredentials credentials) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.endpoint = URI.create(trimmed.endsWith("/kg/ingest") ? trimmed : trimmed + "/kg/ingest");
        this.credentials = credentials;
    }

    private record Entry(String name, Path file) {
    }

    IngestReport ingest(List<Path> paths, PrintStream err) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            collect(path, problems);
            entries.addAll(found);
            found.clear();
        }
        problems.forEach(p -> err.println("tigris: skipped " + p));
        int[] counts = new int[3];
        List<Entry> chunk = new ArrayList<>();
        long bytes = 0;
        for (Entry e : entries) {
            long size = Files.size(e.file());
            if (!chunk.isEmpty() && (chunk.size() >= MAX_FILES_PER_REQUEST || bytes + size > MAX_BYTES_PER_REQUEST)) {
                send(chunk, counts, problems, err);
                chunk.clear();
                bytes = 0;
            }
            chunk.add(e);
            bytes += size;
        }
        if (!chunk.isEmpty()) {
            send(chunk, counts, problems, err);
        }
        return new IngestReport(counts[0], counts[1], counts[2], problems, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The files the reader would read, named as it would name them; the others reported. */
    private void collect(Path path, List<String> problems) throws IOException {
        String given = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
                    String relative = path.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    if (file.equals(path) || hidden(relative) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                            || !SourceReader.supports(file.getFileName().toString())) {
                        continue;
                    }
                    add(relative, file, problems);
                }
            }
        } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(path + ": no such file or directory");
        } else {
            add(given, path, problems);
        }
    }

    private void add(String name, Path file, List<String> problems) {
        if (Files.isRegularFile(file)) {
            found.add(new Entry(name, file));
        } else {
            problems.add(name + ": not a regular file (a named pipe, socket, device or broken link)");
        }
    }

    private static boolean hidden(String relative) {
        return Stream.of(relative.split("/")).anyMatch(part -> part.startsWith("."));
    }

    private void send(List<Entry> chunk, int[] counts, List<String> problems, PrintStream err)
            throws IOException, InterruptedException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (Entry e : chunk) {
                zip.putNextEntry(new ZipEntry(e.name()));
                Files.copy(e.file(), zip);
                zip.closeEntry();
            }
        }
        String login = credentials.user() + ":" + credentials.password();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/zip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the server at " + endpoint + " answered " + response.statusCode() + ": "
                    + response.body().replaceAll("\\s+", " ").strip());
        }
        JsonNode report = json.readTree(response.body());
        counts[0] += report.path("added").asInt();
        counts[1] += report.path("replaced").asInt();
        counts[2] += report.path("unchanged").asInt();
        for (JsonNode problem : report.path("problems")) {
            problems.add(problem.asText());
            err.println("tigris: skipped " + problem.asText());
        }
    }
}
