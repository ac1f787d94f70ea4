package org.committeepapers.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.publish.FileTrees;
import org.committeepapers.publish.SitePublisher;

/**
 * The officer's loop as a user meets it: each command a fresh process started through the {@code papers}
 * launcher, timed from start to exit. Measured side by side, one of each per round so that a change in the
 * machine's load falls on all of them alike, and reported as medians and as ratios to a bare start of the JVM
 * through the same launcher with the same options (the JVM exits before any command is set up):
 *
 * <ul>
 * <li>{@code papers check} of the content, unchanged since the last check, and again with one proposal edited
 *     (a line added to the first proposal, another each round), the officer's loop: a check renders afresh only
 *     the papers whose inputs changed since a clean check;</li>
 * <li>{@code papers build} when nothing changed since the last build (into a private output folder, built
 *     once before the rounds);</li>
 * <li>both again as a plain {@code java -cp … Main}, without the launcher's class-data archive or options, for
 *     the difference those make.</li>
 * </ul>
 */
public final class StartupBenchmark {
    /** The targets on a quiet two-core machine, in milliseconds. */
    static final long CHECK_TARGET = 1000;
    static final long NO_OP_BUILD_TARGET = 1500;

    private final Path content;
    private final Path templates;
    private final int rounds;
    private final List<String> launcher;
    private final List<String> plain;
    private final String bareStart;
    private final PrintWriter out;

    /**
     * @param launcher  the command that starts papers as a user does (the launcher script), or a plain start
     *                  when there is none
     * @param plain     a start of papers with no class-data archive and no JVM options
     * @param bareStart the argument that makes papers exit as soon as the JVM has started
     */
    public StartupBenchmark(Path content, Path templates, int rounds, List<String> launcher, List<String> plain,
            String bareStart, PrintWriter out) {
        this.content = content.toAbsolutePath();
        this.templates = templates == null ? null : templates.toAbsolutePath();
        this.rounds = rounds;
        this.launcher = List.copyOf(launcher);
        this.plain = List.copyOf(plain);
        this.bareStart = bareStart;
        this.out = out;
    }

    /** What was measured: milliseconds per round, by row, in the order printed. */
    public record Result(Map<String, List<Double>> rows) {
        public double median(String row) {
            return StartupBenchmark.median(rows.get(row));
        }
    }

    static final String BARE = "bare JVM start (launcher)";
    static final String CHECK = "papers check, nothing changed (launcher)";
    static final String EDITED_CHECK = "papers check, one proposal edited (launcher)";
    static final String BUILD = "papers build, nothing changed (launcher)";
    static final String PLAIN_CHECK = "papers check (plain java, no archive)";
    static final String PLAIN_BUILD = "papers build, nothing changed (plain java)";

    public Result run() throws IOException, InterruptedException {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1");
        }
        Path work = Files.createTempDirectory("papers-start-");
        try {
            // A private copy, so that an edit made while the benchmark runs cannot change what it measures.
            SitePublisher.copyTree(content, work.resolve("content"));
            List<String> where = new ArrayList<>(List.of("--content", work.resolve("content").toString()));
            if (templates != null && Files.isDirectory(templates)) {
                SitePublisher.copyTree(templates, work.resolve("templates"));
                where.addAll(List.of("--templates", work.resolve("templates").toString()));
            }
            List<String> build = new ArrayList<>(List.of("build", "--out", work.resolve("site").toString(),
                    "--cache", work.resolve("cache").toString()));
            build.addAll(where);
            List<String> check = new ArrayList<>(List.of("check"));
            check.addAll(where);
            // The edited check has a copy of its own (and so a cache of its own), so the build stays unchanged.
            SitePublisher.copyTree(content, work.resolve("edited").resolve("content"));
            List<String> editedCheck = new ArrayList<>(check);
            editedCheck.set(editedCheck.indexOf("--content") + 1, work.resolve("edited").resolve("content").toString());
            double load = loadAverage();
            long primed = System.nanoTime();
            // The first runs make the launcher's archives (when missing) and the site the rounds find unchanged.
            time(launcher, check);
            time(launcher, build);
            time(launcher, List.of(bareStart));
            time(launcher, editedCheck);
            Path edited = firstProposal(work.resolve("edited").resolve("content"));
            double primeSeconds = (System.nanoTime() - primed) / 1e9;
            Map<String, List<Double>> rows = new LinkedHashMap<>();
            for (String row : List.of(BARE, CHECK, EDITED_CHECK, BUILD, PLAIN_CHECK, PLAIN_BUILD)) {
                rows.put(row, new ArrayList<>());
            }
            for (int round = 0; round < rounds; round++) {
                rows.get(BARE).add(time(launcher, List.of(bareStart)));
                rows.get(CHECK).add(time(launcher, check));
                Files.writeString(edited, "\nA line added by the benchmark, round " + (round + 1) + ".\n",
                        java.nio.file.StandardOpenOption.APPEND);
                rows.get(EDITED_CHECK).add(time(launcher, editedCheck));
                rows.get(BUILD).add(time(launcher, build));
                rows.get(PLAIN_CHECK).add(time(plain, check));
                rows.get(PLAIN_BUILD).add(time(plain, build));
            }
            Result result = new Result(rows);
            print(result, load, loadAverage(), primeSeconds);
            return result;
        } finally {
            FileTrees.deleteTree(work);
        }
    }

    private void print(Result result, double loadBefore, double loadAfter, double primeSeconds) {
        double bare = result.median(BARE);
        out.printf(Locale.ROOT, "Start-up: %s, a fresh process per command, %d round(s) side by side; %d processor(s), "
                + "load average %.1f before and %.1f after; first runs (archives, first build) %.1f s.%n", content,
                rounds, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, primeSeconds);
        out.printf(Locale.ROOT, "  launcher: %s%n", String.join(" ", launcher));
        out.printf(Locale.ROOT, "  %-44s %8s %8s%n", "median wall time", "ms", "x bare");
        result.rows().forEach((row, values) -> out.printf(Locale.ROOT, "  %-44s %8.0f %8.1f%n", row, median(values),
                median(values) / bare));
        out.printf(Locale.ROOT, "  targets on a quiet 2-core machine: check under %d ms, unchanged build under %d ms%n",
                CHECK_TARGET, NO_OP_BUILD_TARGET);
        out.flush();
    }

    /** The proposal the edited check edits: the first, by path, of the first paper with one. */
    private static Path firstProposal(Path content) throws IOException {
        try (var files = Files.walk(content.resolve("papers"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no proposal to edit under " + content.resolve("papers")));
        }
    }

    /** Milliseconds from starting {@code command} with {@code args} to its exit; it must succeed. */
    private static double time(List<String> command, List<String> args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(command);
        all.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(all).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        int code = builder.start().waitFor();
        double millis = (System.nanoTime() - started) / 1e6;
        if (code != 0) {
            throw new IOException("'" + String.join(" ", all) + "' failed with exit code " + code
                    + "; run it yourself to see why");
        }
        return millis;
    }

    private static double loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os.getSystemLoadAverage();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
