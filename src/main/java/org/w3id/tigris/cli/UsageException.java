package org.w3id.tigris.cli;

/** The command line was wrong: said in one line, with exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
