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
import java.util.function.Supplier;
import org.committeepapers.Pipeline;
import org.committeepapers.PreviewMemory;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.ProblemPrinter;
import org.jsoup.nodes.Entities;

/**
 * The officers' preview: builds the site's web pages into memory and serves them on 127.0.0.1 only; each PDF is
 * printed when first asked for, and kept until the next build. Pages reload themselves
 * (server-sent events) after every rebuild; when the content has errors the last good pages stay up, with the
 * errors laid over them. Only the built files are served: a request is a lookup in that set, never a path
 * on disk, so nothing outside the output can be reached.
 */
public final class PreviewServer implements AutoCloseable {
    /** The server-sent events stream: a {@code data:} line after every rebuild. */
    public static final String EVENTS = "/__papers/events";

    private final Path content;
    private final Path templates;
    private final HttpServer server;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<String, byte[]> files = Map.of();
    /** The last good build's PDFs, each printed on its first request and kept while its paper is unchanged. */
    private volatile Map<String, Supplier<byte[]>> printable = Map.of();
    private final PreviewMemory memory = new PreviewMemory();
    private volatile List<Problem> errors = List.of();
    /** Why the latest build failed other than by errors in the content (a template or printing failure), or null. */
    private volatile String failure;
    private volatile int generation;
    private volatile boolean closed;
    /** When the latest build began, by the wall clock that file times use. */
    private volatile long startedAt;
    private volatile Rebuild last;

    /**
     * One rebuild: when it started and ended ({@link System#nanoTime()}), how long each pipeline stage took
     * (empty when the content had errors), the error count, and the output files it added, changed or removed
     * (sorted; empty when it failed).
     */
    public record Rebuild(int generation, long startNanos, long endNanos, Map<String, Long> stages, int errors,
            List<String> changed) {
        public long millis() {
            return (endNanos - startNanos) / 1_000_000;
        }
    }

    /**
     * Builds once and starts serving on {@code port} (0 for any free port).
     *
     * @throws IOException when the port cannot be used
     */
    public PreviewServer(Path content, Path templates, int port) throws IOException {
        this.content = content;
        this.templates = templates;
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

    /**
     * Why the latest build failed other than by errors in the content, e.g. a broken template or a PDF that
     * could not be printed; null when it did not.
     */
    public String failure() {
        return failure;
    }

    /** How many open connections are waiting for reload events (closed ones count until the next rebuild). */
    public int listening() {
        return listeners.size();
    }

    /** Rebuilds from the sources; keeps the last good site when the content has errors. Then reloads pages. */
    public synchronized void rebuild() {
        startedAt = System.currentTimeMillis();
        long start = System.nanoTime();
        Map<String, Long> stages = Map.of();
        List<String> changed = List.of();
        try {
            // Web pages only: each PDF is printed when it is first asked for, so a save shows at once. Papers the
            // save did not touch keep their pages and PDF from the last rebuild (in memory; nothing is written).
            Pipeline.Result result = Pipeline.run(Pipeline.Options.of(content, templates, Pipeline.Output.PREVIEW)
                    .withMemory(memory));
            changed = changed(files, result.files());
            files = result.files();
            printable = result.printable();
            errors = List.of();
            failure = null;
            stages = result.millis();
        } catch (ContentException e) {
            errors = e.problems();
            failure = null;
        } catch (RuntimeException e) {
            // A template or printing failure: keep the last good pages, as for errors in the content.
            errors = List.of();
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        generation++;
        last = new Rebuild(generation, start, System.nanoTime(), stages, errors.size() + (failure == null ? 0 : 1), changed);
        notifyListeners();
    }

    private static List<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, before.get(path))) {
                paths.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(paths::add);
        return List.copyOf(paths);
    }

    /** The latest rebuild, including the first build. */
    public Rebuild lastRebuild() {
        return last;
    }

    /**
     * Watches the content and templates folders and rebuilds after each burst of saves, then runs
     * {@code afterRebuild} (e.g. to print the errors). Close the watcher to stop.
     */
    public SourceWatcher watch(Runnable afterRebuild) throws IOException {
        long since = startedAt;
        SourceWatcher watcher = new SourceWatcher(List.of(content, templates), () -> {
            rebuild();
            afterRebuild.run();
        });
        // A save made while the first build ran, before there was a watcher to see it.
        if (changedSince(since)) {
            rebuild();
            afterRebuild.run();
        }
        return watcher;
    }

    private boolean changedSince(long millis) {
        for (Path root : List.of(content, templates)) {
            if (!java.nio.file.Files.isDirectory(root)) {
                continue;
            }
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(root)) {
                if (walk.anyMatch(path -> {
                    try {
                        return java.nio.file.Files.getLastModifiedTime(path).toMillis() > millis;
                    } catch (IOException e) {
                        return true; // gone while looking: changed
                    }
                })) {
                    return true;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                return true;
            }
        }
        return false;
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
            boolean outside = key.contains("..") || key.contains("\\");
            byte[] body = outside ? null : files.get(key);
            Supplier<byte[]> pdf = outside || body != null ? null : printable.get(key);
            if (pdf != null) {
                try {
                    body = pdf.get();
                } catch (RuntimeException e) {
                    send(exchange, 500, "text/plain; charset=utf-8", ("The PDF could not be printed: " + e.getMessage()
                            + "\n").getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            if (body == null && !outside && key.endsWith(".html")) {
                // No good version of this page (yet): say so, with the errors and the reload script, so the page
                // appears by itself once the content is fixed or the file is made.
                send(exchange, 404, "text/html; charset=utf-8", withReloadAndErrors(notFoundPage(path)));
                return;
            }
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

    private static byte[] notFoundPage(String path) {
        return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Not found: preview</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                + "<body><main><h1>Not found</h1><p>The preview has no page at " + Entities.escape(path)
                + ". It will appear here by itself once it has been built.</p><p><a href=\"/\">All committee papers</a></p>"
                + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Adds the reload script, and the error overlay when the latest build failed. The overlay is a modal dialog
     * (the page under it is inert, and Escape or its button closes it to show the last good version); its
     * title says how many errors there are, and it lists each with file, line, column and the source line.
     */
    private byte[] withReloadAndErrors(byte[] page) {
        List<Problem> problems = errors;
        String failed = failure;
        int shown = generation;
        StringBuilder extra = new StringBuilder();
        if (!problems.isEmpty() || failed != null) {
            boolean anyGood = !files.isEmpty();
            String title = (failed != null ? "The preview could not be built"
                    : "The content has " + problems.size() + (problems.size() == 1 ? " error" : " errors"))
                    + (anyGood ? "; this is the last good version" : "; there is no good version to show yet");
            String text = failed != null ? failed : ProblemPrinter.format(problems);
            extra.append("<dialog id=\"papers-errors\" open role=\"alertdialog\" aria-modal=\"true\" ")
                    .append("aria-labelledby=\"papers-errors-title\" aria-describedby=\"papers-errors-list\" ")
                    .append("style=\"position:fixed;inset:0;z-index:9999;box-sizing:border-box;width:auto;height:auto;")
                    .append("max-width:none;max-height:none;margin:0;overflow:auto;background:#fff;color:#0b0c0c;")
                    .append("border:8px solid #d4351c;padding:1rem;font:1rem/1.5 sans-serif\">")
                    .append("<h2 id=\"papers-errors-title\" style=\"margin-top:0;color:#0b0c0c\">")
                    .append(Entities.escape(title)).append("</h2>")
                    .append("<pre id=\"papers-errors-list\" tabindex=\"0\" style=\"white-space:pre-wrap;overflow-wrap:anywhere;")
                    .append("color:#0b0c0c;background:#f3f2f1;padding:.75rem;font-size:1rem\">")
                    .append(Entities.escape(text)).append("</pre>")
                    .append("<p style=\"color:#0b0c0c\">Save the file again once it is fixed: the page reloads by itself.</p>")
                    .append("<form method=\"dialog\"><button style=\"font:inherit;min-height:44px;padding:.5rem 1rem;")
                    .append("color:#fff;background:#1d70b8;border:2px solid #0b0c0c;border-radius:0\">")
                    .append(anyGood ? "Show the last good version" : "Close").append("</button></form></dialog>")
                    // Opened again as modal, so the page under it cannot be reached until it is closed.
                    .append("<script>(() => { const d = document.getElementById('papers-errors'); ")
                    .append("if (d.showModal) { d.close(); d.showModal(); } })();</script>");
        }
        // 'since' lets the server reload this page at once if a rebuild finished while it was loading.
        extra.append("<script>new EventSource('").append(EVENTS).append("?since=").append(shown)
                .append("').onmessage = () => location.reload();</script>");
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        return (end < 0 ? html + extra : html.substring(0, end) + extra + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Holds the connection open; a line is sent after each rebuild. Writes to one connection are made holding its
     * lock, so a rebuild's line cannot interleave with the greeting.
     */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (exchange) {
            // Listed before the generation is read, so no rebuild can slip between the two unseen.
            listeners.add(exchange);
            int now = generation;
            out.write((": connected " + now + "\n\n").getBytes(StandardCharsets.UTF_8));
            String since = exchange.getRequestURI().getRawQuery();
            if (since != null && since.startsWith("since=") && !since.equals("since=" + now)) {
                // The page was made before the latest rebuild: reload it now rather than at the next one.
                out.write(("data: rebuilt " + now + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            try {
                while (!closed && listeners.contains(exchange)) {
                    exchange.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                listeners.remove(exchange);
            }
        }
    }

    private void notifyListeners() {
        byte[] line = ("data: rebuilt " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (HttpExchange listener : listeners) {
            synchronized (listener) {
                try {
                    OutputStream out = listener.getResponseBody();
                    out.write(line);
                    out.flush();
                } catch (IOException e) {
                    // The page went away.
                    listeners.remove(listener);
                    listener.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (HttpExchange listener : listeners) {
            synchronized (listener) {
                listener.notifyAll();
            }
        }
        server.stop(0);
    }
}
