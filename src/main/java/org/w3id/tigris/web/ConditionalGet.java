package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * HTTP validators for answers built from the store (RFC 9110, section 13): ETag and
 * Last-Modified on every answer, and {@code 304 Not Modified} for a client that already has
 * the current one. If-None-Match decides when present; If-Modified-Since only without it.
 */
final class ConditionalGet {
    private final StoreVersion version;

    ConditionalGet(StoreVersion version) {
        this.version = version;
    }

    /**
     * Sets the validators and, when the client's copy is current, answers 304. Returns true
     * when it did (nothing more to send).
     */
    boolean answeredNotModified(HttpServletRequest request, HttpServletResponse response) {
        StoreVersion.Validators current = version.current();
        String tag = current.entityTag();
        long modified = current.lastModified().toEpochMilli();
        response.setHeader("ETag", tag);
        response.setDateHeader("Last-Modified", modified);
        // Caches may keep the answer but must ask before using it: the store can change any time.
        response.setHeader("Cache-Control", "no-cache");
        if (!isCurrent(request, tag, modified)) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return true;
    }

    private static boolean isCurrent(HttpServletRequest request, String tag, long modified) {
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null) {
            // weak comparison, as RFC 9110 asks for If-None-Match
            return Arrays.stream(noneMatch.split(",")).map(String::strip)
                    .anyMatch(t -> t.equals("*") || t.equals(tag) || t.equals("W/" + tag));
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
        return since >= 0 && modified <= since;
    }
}
