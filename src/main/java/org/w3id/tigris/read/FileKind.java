package org.w3id.tigris.read;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a path names, told before anything opens it: opening a FIFO blocks until a writer
 * comes, so a batch must know a pipe from a file first; and a link that loops or points
 * nowhere deserves its own reason rather than "no such file".
 */
enum FileKind {
    REGULAR, DIRECTORY, OTHER, DANGLING_LINK, LOOPING_LINK, MISSING;

    /** The kind of {@code path}, following symbolic links. */
    static FileKind of(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                return REGULAR;
            }
            return attributes.isDirectory() ? DIRECTORY : OTHER;
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path) ? DANGLING_LINK : MISSING;
        } catch (FileSystemException e) {
            // ELOOP surfaces as a FileSystemException whose reason names the loop
            if (Files.isSymbolicLink(path)) {
                String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
                return reason.contains("symbolic links") || reason.contains("loop") ? LOOPING_LINK : DANGLING_LINK;
            }
            return MISSING;
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** Why a path of this kind is not read as a document; empty for regular files and directories. */
    Optional<String> refusal() {
        return switch (this) {
            case REGULAR, DIRECTORY -> Optional.empty();
            case OTHER -> Optional.of("not a regular file (a named pipe, socket or device): not read");
            case DANGLING_LINK -> Optional.of("a symbolic link to nothing (dangling link)");
            case LOOPING_LINK -> Optional.of("a symbolic link that loops back on itself");
            case MISSING -> Optional.of("no such file or directory");
        };
    }

}
