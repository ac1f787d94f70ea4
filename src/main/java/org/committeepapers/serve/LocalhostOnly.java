package org.committeepapers.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Answers only requests addressed to this computer by name: the {@code Host} header must be {@code localhost},
 * {@code 127.0.0.1} or {@code [::1]}, with the preview's port. Binding to the loopback address keeps other
 * computers out; this keeps out a web page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) to
 * read unpublished drafts through the officer's browser. Anything else gets 421 Misdirected Request.
 */
final class LocalhostOnly implements HttpHandler {
    private static final Set<String> NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final HttpHandler next;
    private final IntSupplier port;

    LocalhostOnly(HttpHandler next, IntSupplier port) {
        this.next = next;
        this.port = port;
    }

    /** Whether {@code host} (a Host header, or null when there is none) names this computer on {@code port}. */
    static boolean allowed(String host, int port) {
        if (host == null) {
            return false;
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            if (!name.substring(colon + 1).equals(String.valueOf(port))) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return NAMES.contains(name);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (allowed(exchange.getRequestHeaders().getFirst(Headers.HOST), port.getAsInt())) {
            next.handleRequest(exchange);
            return;
        }
        exchange.setStatusCode(421);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send("The preview answers only at http://localhost:" + port.getAsInt()
                + "/ (or 127.0.0.1, or [::1]), on this computer.\n");
    }
}
