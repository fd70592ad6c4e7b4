package org.w3id.tigris.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one user allowed to update the store over HTTP and to use the admin endpoints.
 * There is no default: without credentials the server has no update service at all.
 *
 * @param user     the user name (HTTP Basic)
 * @param password the password
 */
public record AdminCredentials(String user, String password) {
    public static final String PASSWORD_VARIABLE = "TIGRIS_ADMIN_PASSWORD";
    public static final String USER_VARIABLE = "TIGRIS_ADMIN_USER";
    public static final String DEFAULT_USER = "admin";

    public AdminCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("admin user name must be non-blank and without ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("admin password must not be empty");
        }
    }

    /**
     * Reads a credentials file: its first non-blank, non-comment line is {@code user:password}
     * (the form of a Jetty realm file, {@code user: password}, is accepted too) or just a
     * password for the user {@code admin}.
     */
    public static AdminCredentials fromFile(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                return colon < 0 ? new AdminCredentials(DEFAULT_USER, l)
                        : new AdminCredentials(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
            throw new IllegalArgumentException(file + ": no credentials in the file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read credentials file " + file, e);
        }
    }

    /** From {@value #PASSWORD_VARIABLE} (and optionally {@value #USER_VARIABLE}), when set. */
    public static Optional<AdminCredentials> fromEnvironment(Map<String, String> environment) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String user = environment.getOrDefault(USER_VARIABLE, DEFAULT_USER);
        return Optional.of(new AdminCredentials(user.isBlank() ? DEFAULT_USER : user, password));
    }

    /** A file given on the command line first, else the environment. */
    public static Optional<AdminCredentials> resolve(Optional<Path> file, Map<String, String> environment) {
        return file.map(AdminCredentials::fromFile).or(() -> fromEnvironment(environment));
    }

    @Override
    public String toString() {
        return "AdminCredentials[user=" + user + "]";
    }
}
