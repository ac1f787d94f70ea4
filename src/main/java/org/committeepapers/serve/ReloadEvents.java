package org.committeepapers.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import io.undertow.util.Headers;
import java.io.IOException;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The reload events ({@value #PATH}): every open preview page listens here, and gets {@code data: rebuilt N}
 * after each rebuild. Undertow's server-sent events hold no thread per page; a ping every
 * {@value #PING_MILLIS} ms finds a closed page at once (the write fails) rather than at the next save, and lets
 * it go. At most {@code limit} pages listen at once; one more is told so (503), not queued.
 */
final class ReloadEvents implements HttpHandler {
    static final String PATH = "/__papers/events";
    /** Far more tabs than an officer opens; a page past it is refused rather than left waiting. */
    static final int DEFAULT_LIMIT = 100;
    static final long PING_MILLIS = 1000;
    /** How soon a page reconnects when the preview restarts: sent first, so a reader sees the stream is open. */
    private static final long RETRY_MILLIS = 1000;

    private final ServerSentEventHandler sse = new ServerSentEventHandler(this::connected);
    private final Set<ServerSentEventConnection> listeners = ConcurrentHashMap.newKeySet();
    /** Places taken, counted before the stream opens, so that pages arriving together cannot pass the limit. */
    private final AtomicInteger taken = new AtomicInteger();
    private final int limit;
    private final IntSupplier generation;

    ReloadEvents(int limit, IntSupplier generation) {
        this.limit = limit;
        this.generation = generation;
    }

    int listening() {
        return listeners.size();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (taken.incrementAndGet() > limit) {
            taken.decrementAndGet();
            exchange.setStatusCode(503);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "10");
            exchange.getResponseSender().send("Too many pages are open on the preview (" + limit + " at most reload by"
                    + " themselves): close some tabs, then reload this one.\n");
            return;
        }
        // The place is given back when the exchange ends, however it ends (closed page, failed write, shutdown).
        exchange.addExchangeCompleteListener((ended, next) -> {
            taken.decrementAndGet();
            next.proceed();
        });
        sse.handleRequest(exchange);
    }

    private void connected(ServerSentEventConnection connection, String lastEventId) {
        connection.addCloseTask(listeners::remove);
        // Listed before the generation is read, so no rebuild can slip between the two unseen.
        listeners.add(connection);
        connection.setKeepAliveTime(PING_MILLIS);
        int now = generation.getAsInt();
        connection.sendRetry(RETRY_MILLIS);
        Deque<String> since = connection.getQueryParameters().get("since");
        if (since != null && !since.isEmpty() && !since.getFirst().equals(String.valueOf(now))) {
            // The page was made before the latest rebuild: reload it now rather than at the next one.
            connection.send("rebuilt " + now);
        }
        if (!connection.isOpen()) {
            listeners.remove(connection);
        }
    }

    /** Tells every listening page to reload. */
    void rebuilt(int now) {
        for (ServerSentEventConnection listener : listeners) {
            listener.send("rebuilt " + now);
        }
    }

    void close() {
        for (ServerSentEventConnection listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // going anyway
            }
        }
    }
}
