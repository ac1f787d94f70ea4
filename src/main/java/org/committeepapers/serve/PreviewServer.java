package org.committeepapers.serve;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.committeepapers.Pipeline;
import org.committeepapers.PreviewMemory;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;

/**
 * The officers' preview: builds the site's web pages into memory and serves them, on Undertow, on 127.0.0.1
 * only and to requests addressed to localhost only ({@link LocalhostOnly}); each PDF is printed when first asked
 * for, and kept until the next build. Pages reload themselves ({@link ReloadEvents}) after every rebuild; when
 * the content has errors the last good pages stay up, with the errors laid over them ({@link PreviewPages}).
 * Only the built files are served: a request is a lookup in that set, never a path on disk, so nothing outside
 * the output can be reached.
 */
public final class PreviewServer implements AutoCloseable {
    /** The server-sent events stream: a {@code data:} line after every rebuild. */
    public static final String EVENTS = ReloadEvents.PATH;

    private final Path content;
    private final Path templates;
    private final Undertow server;
    private final int port;
    private final ReloadEvents events;
    private final PreviewPages pages;
    private volatile Consumer<String> trouble = PreviewServer::toStderr;
    private volatile Map<String, byte[]> files = Map.of();
    /** The last good build's PDFs, each printed on its first request and kept while its paper is unchanged. */
    private volatile Map<String, Supplier<byte[]>> printable = Map.of();
    private final PreviewMemory memory = new PreviewMemory();
    private volatile List<Problem> errors = List.of();
    /** Why the latest build failed other than by errors in the content (a template or printing failure), or null. */
    private volatile String failure;
    private volatile int generation;
    /**
     * A save after this time (by the wall clock file times use) may have come too late for the first build, so
     * {@link #watch} looks for one: taken before the port answers, as a page may be asked for (and a file saved)
     * at once, and {@link #FILE_TIME_SLACK_MILLIS} early, as a file's time is the kernel's coarse clock (a tick,
     * up to 10 ms, behind the wall clock on Linux), not the exact moment of the save.
     */
    private final long firstBuildFrom;
    static final long FILE_TIME_SLACK_MILLIS = 50;
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
     * @throws BindException when the port is in use
     */
    public PreviewServer(Path content, Path templates, int port) throws IOException {
        this(content, templates, port, ReloadEvents.DEFAULT_LIMIT);
    }

    /** As {@link #PreviewServer(Path, Path, int)}, with at most {@code maxListeners} pages listening for reloads. */
    public PreviewServer(Path content, Path templates, int port, int maxListeners) throws IOException {
        this.content = content;
        this.templates = templates;
        this.firstBuildFrom = System.currentTimeMillis() - FILE_TIME_SLACK_MILLIS;
        LibraryLogs.warningsOnly();
        events = new ReloadEvents(maxListeners, () -> generation);
        pages = new PreviewPages(templates);
        int[] bound = new int[1];
        server = Undertow.builder()
                .addHttpListener(port, InetAddress.getLoopbackAddress().getHostAddress())
                .setIoThreads(1)
                .setWorkerThreads(4)
                .setHandler(new LocalhostOnly(this::handle, () -> bound[0]))
                .build();
        // Started before the first build, so a busy port is reported before any time is spent building.
        try {
            server.start();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException busy) {
                    throw busy;
                }
            }
            throw new IOException("the preview server could not start: " + e.getMessage(), e);
        }
        bound[0] = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        this.port = bound[0];
        rebuild();
    }

    public int port() {
        return port;
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

    /** How many pages are listening for reload events now (a closed one is let go within a second or two). */
    public int listening() {
        return events.listening();
    }

    /** Rebuilds from the sources; keeps the last good site when the content has errors. Then reloads pages. */
    public synchronized void rebuild() {
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
        pages.refresh();
        generation++;
        last = new Rebuild(generation, start, System.nanoTime(), stages, errors.size() + (failure == null ? 0 : 1), changed);
        events.rebuilt(generation);
    }

    private static List<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        SortedSet<String> paths = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path))) {
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

    /** {@link #watch(Runnable, Consumer)}, with trouble printed on stderr. */
    public SourceWatcher watch(Runnable afterRebuild) throws IOException {
        return watch(afterRebuild, PreviewServer::toStderr);
    }

    /**
     * Watches the content and templates folders and rebuilds after each burst of saves, then runs
     * {@code afterRebuild} (e.g. to print the errors). A failed rebuild, request or watcher is told to
     * {@code trouble} (a message to print), never dropped. Close the watcher to stop.
     */
    public SourceWatcher watch(Runnable afterRebuild, Consumer<String> trouble) throws IOException {
        this.trouble = trouble;
        SourceWatcher watcher = new SourceWatcher(List.of(content, templates), () -> {
            rebuild();
            afterRebuild.run();
        }, trouble);
        // A save made while the first build ran, before there was a watcher to see it. (The watcher is already
        // registered, so a save after this look is its to see.)
        if (changedSince(firstBuildFrom)) {
            rebuild();
            afterRebuild.run();
        }
        return watcher;
    }

    private boolean changedSince(long millis) {
        for (Path root : List.of(content, templates)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                if (walk.anyMatch(path -> {
                    try {
                        return Files.getLastModifiedTime(path).toMillis() > millis;
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

    private void handle(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (path.equals(EVENTS)) {
            events.handleRequest(exchange);
            return;
        }
        if (exchange.isInIoThread()) {
            // Printing a PDF takes a while: off the thread that reads and writes every connection.
            exchange.dispatch(this::handle);
            return;
        }
        try {
            serve(exchange, path);
        } catch (RuntimeException | Error e) {
            trouble.accept("error: the preview could not answer " + exchange.getRequestMethod() + " " + path + ": " + e);
            if (!exchange.isResponseStarted()) {
                send(exchange, 500, "text/plain; charset=utf-8", ("The preview failed: " + e + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void serve(HttpServerExchange exchange, String path) {
        if (!exchange.getRequestMethod().equals(Methods.GET) && !exchange.getRequestMethod().equals(Methods.HEAD)) {
            send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String key = path.startsWith("/") ? path.substring(1) : path;
        if (key.isEmpty() || key.endsWith("/")) {
            key = key + "index.html";
        }
        // Never on disk, so these could not reach outside anyway; they are refused before the lookup all the same.
        boolean outside = Arrays.asList(key.split("/", -1)).contains("..") || key.contains("\\") || key.contains("%")
                || key.indexOf('\0') >= 0;
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
            send(exchange, 404, "text/html; charset=utf-8", pages.notFound(path, status()));
            return;
        }
        if (body == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (key.endsWith(".html")) {
            body = pages.withAdditions(body, status());
        }
        send(exchange, 200, type(key), body);
    }

    private PreviewPages.Status status() {
        return new PreviewPages.Status(errors, failure, !files.isEmpty(), generation);
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

    private static void send(HttpServerExchange exchange, int status, String type, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    private static void toStderr(String message) {
        System.err.println(message);
    }

    @Override
    public void close() {
        events.close();
        server.stop();
    }
}
