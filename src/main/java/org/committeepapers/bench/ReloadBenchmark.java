package org.committeepapers.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.committeepapers.publish.FileTrees;
import org.committeepapers.publish.SitePublisher;
import org.committeepapers.serve.PreviewServer;
import org.committeepapers.serve.SourceWatcher;

/**
 * Save-to-reload latency of {@code papers serve}, measured as an officer sees it: on a private copy of the
 * content, a preview server and its file watcher run as they do for {@code papers serve}, and a client listens
 * on the server-sent events stream as an open page does. Each round changes a sentence in one proposal (or the
 * title in its paper.yaml) and times, from the moment the write returns, (a) the arrival of the reload event
 * and (b) a GET of the proposal's page that returns the changed text, made as soon as the event arrives, as
 * the page's reload would. Also reported, to show where the time goes: the wait before the rebuild starts
 * (the watcher's quiet spell) and the rebuild itself, by pipeline stage.
 */
public final class ReloadBenchmark {
    /** The target, from saving to the page showing the change. */
    static final long TARGET_MILLIS = 300;
    private static final int WARM_UP = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path content;
    private final Path templates;
    private final int rounds;
    private final String proposal;
    private final PrintWriter out;

    /**
     * @param proposal the proposal to edit, relative to the content folder (e.g.
     *                 {@code papers/adults-and-health-business-cases/block-cars.md}); null for the first case
     *                 of the paper with the most cases
     */
    public ReloadBenchmark(Path content, Path templates, int rounds, String proposal, PrintWriter out) {
        this.content = content;
        this.templates = templates;
        this.rounds = rounds;
        this.proposal = proposal;
        this.out = out;
    }

    /** What one kind of change measured, in milliseconds per round. */
    public record Series(String name, List<Double> event, List<Double> page, List<Double> waited, List<Double> rebuild,
            List<Map<String, Long>> stages) {
        Series(String name) {
            this(name, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        public double medianPage() {
            return percentile(page, 50);
        }

        public double p90Page() {
            return percentile(page, 90);
        }

        public double medianEvent() {
            return percentile(event, 50);
        }

        public double p90Event() {
            return percentile(event, 90);
        }
    }

    /** Both series, for the caller (and the test) to look at; also printed. */
    public record Result(Series proposal, Series paper) {
    }

    public Result run() throws IOException, InterruptedException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        Path work = Files.createTempDirectory("papers-reload-");
        try {
            Path copy = work.resolve("content");
            SitePublisher.copyTree(content, copy);
            String caseFile = proposal != null ? proposal : defaultProposal(copy);
            Path md = copy.resolve(caseFile);
            if (!Files.isRegularFile(md)) {
                throw new IOException("there is no proposal " + md);
            }
            Path paperYaml = md.resolveSibling("paper.yaml");
            String paperSlug = md.getParent().getFileName().toString();
            String caseSlug = md.getFileName().toString().replaceFirst("\\.md$", "");
            String page = "/" + paperSlug + "/" + caseSlug + ".html";

            long started = System.nanoTime();
            try (PreviewServer server = new PreviewServer(copy, templates, 0);
                    SourceWatcher watcher = server.watch(() -> { })) {
                if (!server.errors().isEmpty()) {
                    out.print(org.committeepapers.problem.ProblemPrinter.format(server.errors()));
                    throw new IOException("the content has errors; fix them first (papers check)");
                }
                if (server.failure() != null) {
                    throw new IOException("the first build failed: " + server.failure());
                }
                out.printf(Locale.ROOT, "Reload latency of papers serve: %s, %d round(s) per change after %d warm-up round(s); "
                        + "%d processor(s); first build %.1f s.%n", content.resolve(caseFile), rounds, WARM_UP,
                        Runtime.getRuntime().availableProcessors(), (System.nanoTime() - started) / 1e9);
                out.flush();
                Client client = new Client(server.port());
                String markdown = Files.readString(md, StandardCharsets.UTF_8);
                String yaml = Files.readString(paperYaml, StandardCharsets.UTF_8);
                Series cases = new Series("a sentence in " + md.getFileName());
                Series papers = new Series("the title in paper.yaml");
                for (int round = -WARM_UP; round < rounds; round++) {
                    String mark = "Reload mark " + (round + WARM_UP + 1) + " of the benchmark.";
                    measure(server, client, md, markdown.stripTrailing() + "\n\n" + mark + "\n", page, mark,
                            round < 0 ? null : cases);
                    String title = "Reload title " + (round + WARM_UP + 1);
                    measure(server, client, paperYaml, retitle(yaml, title), page, title, round < 0 ? null : papers);
                }
                Files.writeString(md, markdown, StandardCharsets.UTF_8);
                Files.writeString(paperYaml, yaml, StandardCharsets.UTF_8);
                client.close();
                report(cases);
                report(papers);
                out.flush();
                return new Result(cases, papers);
            }
        } finally {
            deleteTree(work);
        }
    }

    /** Writes {@code text} to {@code file} and waits for the page to show {@code expected}, recording the times. */
    private void measure(PreviewServer server, Client client, Path file, String text, String page, String expected,
            Series into) throws IOException, InterruptedException {
        settle(client);
        PreviewServer.Rebuild before = server.lastRebuild();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        long written = System.nanoTime();
        long deadline = written + TIMEOUT.toNanos();
        while (true) {
            Long event = client.events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new IOException("no page with '" + expected + "' within " + TIMEOUT.toSeconds() + " s of saving "
                        + file + (server.errors().isEmpty() ? "" : "; the content has errors: " + server.errors())
                        + (server.failure() == null ? "" : "; the build failed: " + server.failure()));
            }
            String body = client.get(page);
            long shown = System.nanoTime();
            if (body.contains(expected)) {
                PreviewServer.Rebuild rebuild = server.lastRebuild();
                if (into != null) {
                    into.event().add((event - written) / 1e6);
                    into.page().add((shown - written) / 1e6);
                    // The first rebuild after the write: its start shows how long the watcher waited.
                    into.waited().add(rebuild.generation() == before.generation() + 1 ? (rebuild.startNanos() - written) / 1e6 : Double.NaN);
                    into.rebuild().add((rebuild.endNanos() - rebuild.startNanos()) / 1e6);
                    into.stages().add(rebuild.stages());
                }
                return;
            }
        }
    }

    /** Waits until no reload event has come for a while, so each round starts from rest. */
    private static void settle(Client client) throws InterruptedException {
        while (client.events.poll(250, TimeUnit.MILLISECONDS) != null) {
            // a late rebuild; wait for quiet
        }
    }

    private void report(Series series) {
        out.printf(Locale.ROOT, "Change to %s (%d rounds):%n", series.name(), series.page().size());
        out.printf(Locale.ROOT, "  (a) reload event arrives:              median %4.0f ms, 90th percentile %4.0f ms%n",
                series.medianEvent(), series.p90Event());
        out.printf(Locale.ROOT, "  (b) page shows the change:             median %4.0f ms, 90th percentile %4.0f ms  (target < %d ms: %s)%n",
                series.medianPage(), series.p90Page(), TARGET_MILLIS, series.medianPage() < TARGET_MILLIS ? "met" : "NOT met");
        out.printf(Locale.ROOT, "  of which, waiting before the rebuild:  median %4.0f ms (the watcher's quiet spell and file events)%n",
                percentile(series.waited().stream().filter(d -> !d.isNaN()).toList(), 50));
        out.printf(Locale.ROOT, "  and the rebuild itself:                median %4.0f ms, by stage:", percentile(series.rebuild(), 50));
        if (!series.stages().isEmpty()) {
            for (String stage : series.stages().get(0).keySet()) {
                List<Double> ms = series.stages().stream().map(s -> (double) s.getOrDefault(stage, 0L)).toList();
                out.printf(Locale.ROOT, " %s %.0f;", stage, percentile(ms, 50));
            }
        }
        out.println();
    }

    /** paper.yaml with its title replaced by {@code title}. */
    static String retitle(String yaml, String title) throws IOException {
        Matcher m = Pattern.compile("(?m)^title:[ \\t]*[^\\n#]*?([ \\t]+#[^\\n]*)?$").matcher(yaml);
        if (!m.find()) {
            throw new IOException("paper.yaml has no 'title:' line to change");
        }
        return yaml.substring(0, m.start()) + "title: " + title + (m.group(1) == null ? "" : m.group(1)) + yaml.substring(m.end());
    }

    /** The first case (by name) of the paper with the most cases: the largest PDF to reprint. */
    static String defaultProposal(Path content) throws IOException {
        Path papers = content.resolve("papers");
        try (Stream<Path> dirs = Files.list(papers)) {
            Path largest = dirs.filter(Files::isDirectory).sorted()
                    .max(Comparator.comparingLong(ReloadBenchmark::cases))
                    .orElseThrow(() -> new IOException("no papers in " + papers));
            try (Stream<Path> files = Files.list(largest)) {
                Path first = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
                        .orElseThrow(() -> new IOException("no proposals in " + largest));
                return content.relativize(first).toString();
            }
        }
    }

    private static long cases(Path paper) {
        try (Stream<Path> files = Files.list(paper)) {
            return files.filter(f -> f.toString().endsWith(".md")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        // Nearest rank: the smallest value with at least percent% of the values at or below it.
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void deleteTree(Path root) {
        try {
            FileTrees.deleteTree(root);
        } catch (IOException e) {
            // a temporary folder; the system cleans up what is left
        }
    }

    /** An open page: listens on the events stream, timing each event's arrival, and fetches pages. */
    private static final class Client implements AutoCloseable {
        final BlockingQueue<Long> events = new LinkedBlockingQueue<>();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final int port;
        private volatile Stream<String> lines;

        Client(int port) throws IOException, InterruptedException {
            this.port = port;
            java.util.concurrent.CountDownLatch connected = new java.util.concurrent.CountDownLatch(1);
            var stream = http.sendAsync(HttpRequest.newBuilder(uri(PreviewServer.EVENTS)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                try (Stream<String> body = stream.join().body()) {
                    lines = body;
                    body.forEach(line -> {
                        if (line.startsWith(":") || line.startsWith("retry:")) {
                            // The stream's first line (and its keep-alive pings): it is open.
                            connected.countDown();
                        } else if (line.startsWith("data:")) {
                            events.add(System.nanoTime());
                        }
                    });
                } catch (RuntimeException e) {
                    // closed
                }
            }, "reload-benchmark-events");
            reader.setDaemon(true);
            reader.start();
            if (!connected.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IOException("could not subscribe to " + PreviewServer.EVENTS);
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : "";
        }

        @Override
        public void close() {
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
        }
    }
}
