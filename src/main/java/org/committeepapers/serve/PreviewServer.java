package org.committeepapers.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.committeepapers.Pipeline;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.ProblemPrinter;
import org.committeepapers.publish.OutputCache;
import org.jsoup.nodes.Entities;

/**
 * The officers' preview: builds the site into memory and serves it on 127.0.0.1 only. Pages reload themselves
 * (server-sent events) after every rebuild; when the content has errors the last good pages stay up, with the
 * errors laid over them. Only the built files are served: a request is a lookup in that set, never a path
 * on disk, so nothing outside the output can be reached.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__papers/events";

    private final Path content;
    private final Path templates;
    private final OutputCache cache;
    private final HttpServer server;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, byte[]> files = Map.of();
    private volatile List<Problem> errors = List.of();
    private volatile int generation;

    /**
     * Builds once and starts serving on {@code port} (0 for any free port).
     *
     * @throws IOException when the port cannot be used
     */
    public PreviewServer(Path content, Path templates, Path cacheDir, int port) throws IOException {
        this.content = content;
        this.templates = templates;
        this.cache = new OutputCache(cacheDir);
        // Bind first, so a busy port is reported before any time is spent building.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        rebuild();
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The errors of the latest build, empty when it succeeded. */
    public List<Problem> errors() {
        return errors;
    }

    /** Rebuilds from the sources; keeps the last good site when the content has errors. Then reloads pages. */
    public synchronized void rebuild() {
        try {
            Pipeline.Result result = Pipeline.run(content, templates, Pipeline.Output.SITE,
                    Runtime.getRuntime().availableProcessors(), cache);
            files = result.files();
            errors = List.of();
        } catch (ContentException e) {
            errors = e.problems();
        } catch (RuntimeException e) {
            errors = List.of();
            files = Map.of("index.html", ("<!DOCTYPE html><html lang=\"en-GB\"><title>Build failed</title><pre>"
                    + Entities.escape(String.valueOf(e.getMessage())) + "</pre></html>").getBytes(StandardCharsets.UTF_8));
        }
        generation++;
        notifyListeners();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
            if (path.equals(EVENTS)) {
                events(exchange);
                return;
            }
            String key = path.startsWith("/") ? path.substring(1) : path;
            if (key.isEmpty() || key.endsWith("/")) {
                key = key + "index.html";
            }
            byte[] body = key.contains("..") || key.contains("\\") ? null : files.get(key);
            if (body == null) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (key.endsWith(".html")) {
                body = withReloadAndErrors(body);
            }
            send(exchange, 200, type(key), body);
        }
    }

    private static String type(String key) {
        if (key.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (key.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (key.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (key.endsWith(".json")) {
            return "application/json";
        }
        return key.endsWith(".xml") ? "application/xml" : "application/octet-stream";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** Adds the reload script, and the error overlay when the latest build failed. */
    private byte[] withReloadAndErrors(byte[] page) {
        StringBuilder extra = new StringBuilder();
        if (!errors.isEmpty()) {
            extra.append("<div id=\"papers-errors\" role=\"alert\" style=\"position:fixed;inset:0;overflow:auto;"
                    + "background:#fff;color:#0b0c0c;border:8px solid #d4351c;padding:1rem;z-index:9999\">"
                    + "<h2>The content has ").append(errors.size()).append(" error(s); this is the last good version</h2>"
                    + "<pre style=\"white-space:pre-wrap\">")
                    .append(Entities.escape(ProblemPrinter.format(errors))).append("</pre></div>");
        }
        extra.append("<script>new EventSource('").append(EVENTS).append("').onmessage = () => location.reload();</script>");
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        return (end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** Holds the connection open; a line is sent after each rebuild. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write((": connected " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(exchange);
        synchronized (exchange) {
            try {
                exchange.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void notifyListeners() {
        for (HttpExchange listener : listeners) {
            try {
                OutputStream out = listener.getResponseBody();
                out.write(("data: rebuilt " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(listener);
                synchronized (listener) {
                    listener.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        for (HttpExchange listener : listeners) {
            synchronized (listener) {
                listener.notifyAll();
            }
        }
    }
}
