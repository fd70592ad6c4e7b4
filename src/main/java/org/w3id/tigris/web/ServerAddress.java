package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where clients reach this server, for the addresses it advertises (its endpoint, dumps,
 * description documents): the public URL an operator gives (a proxy's), else the scheme,
 * host and port each request came to. The data's IRIs are not addresses of this kind: they
 * keep the base they were minted with.
 */
record ServerAddress(Optional<String> publicUrl) {
    ServerAddress {
        publicUrl = publicUrl.map(url -> url.replaceAll("/+$", ""));
    }

    static ServerAddress fromRequests() {
        return new ServerAddress(Optional.empty());
    }

    /** The base URL, without a trailing slash, e.g. {@code http://localhost:3111}. */
    String base(HttpServletRequest request) {
        if (publicUrl.isPresent()) {
            return publicUrl.get();
        }
        String scheme = request.getScheme();
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]"; // IPv6
        }
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + context;
    }
}
