package org.committeepapers.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.committeepapers.compute.SiteCalculator;
import org.committeepapers.load.ContentLoader;
import org.committeepapers.load.ParseMemory;
import org.committeepapers.load.PdfMemory;
import org.committeepapers.problem.Problems;
import org.committeepapers.TestContent;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every YAML source of the shipped content with one value swapped for a value of the wrong shape: a scalar
 * where a list or mapping is expected, a list where a mapping or scalar is, a mapping of an unknown key, or
 * null. Each must be a located error (or accepted), never an exception nor a hang. 2,000 mutants are sampled
 * with a fixed seed ({@code -Dfuzz.mutants=N} for more) and loaded and computed in-process, split between
 * the cores.
 */
class WrongShapeFuzzTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 2000);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path temp;

    /** One mutant: the file, the path of the value replaced, and its replacement. */
    private record Mutant(String file, List<Object> path, JsonNode replacement) {
        @Override
        public String toString() {
            return file + " " + path + " := " + replacement;
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang fails the test instead of blocking the build
    void everyWrongShapeIsALocatedErrorNeverACrash() throws Exception {
        TestContent original = TestContent.copyOfShipped(temp.resolve("original"));
        List<Mutant> all = new ArrayList<>();
        // Each file's tree as shipped, read once: every mutant of the file is a copy of it with one value swapped.
        java.util.Map<String, JsonNode> trees = new java.util.HashMap<>();
        List<String> files;
        try (Stream<Path> walk = Files.walk(original.root())) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md"))
                    .filter(p -> !p.getParent().getFileName().toString().startsWith("adults-and-health-2"))
                    .map(p -> original.root().relativize(p).toString()).sorted().toList();
        }
        for (String file : files) {
            JsonNode tree = read(original, file);
            if (tree != null) {
                trees.put(file, tree);
                paths(tree, new ArrayList<>(), path -> {
                    for (JsonNode replacement : replacements()) {
                        all.add(new Mutant(file, path, replacement));
                    }
                });
            }
        }
        Collections.shuffle(all, new Random(12));
        List<Mutant> chosen = all.subList(0, Math.min(MUTANTS, all.size()));
        // Mutants are split between workers, each with its own copy of the content, so every core is used;
        // which mutants run is fixed by the seed, whatever the number of workers.
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<String> crashes = Collections.synchronizedList(new ArrayList<>());
        AtomicLong slowest = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicInteger failing = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            TestContent content = TestContent.copyOfShipped(temp.resolve("worker-" + w));
            // As the preview between saves: each mutant changes one file, so only that file is parsed again.
            ParseMemory parses = new ParseMemory();
            done.add(pool.submit(() -> {
                for (int i = worker; i < chosen.size(); i += workers) {
                    run(content, parses, trees, chosen.get(i), crashes, slowest, longest, failing);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d of %d wrong-shape mutants in %.1f s on %d worker(s) (%d failed with located errors); "
                + "slowest %d ms of CPU, %d ms on the clock%n", chosen.size(), all.size(), seconds, workers, failing.get(),
                slowest.get() / 1_000_000, longest.get() / 1_000_000);
        assertTrue(chosen.size() >= Math.min(MUTANTS, 2000) || chosen.size() == all.size(), "too few mutants: " + chosen.size());
        assertEquals(List.of(), crashes.stream().limit(40).toList(), crashes.size() + " crashes");
        // Work is measured as the worker's CPU time, which a busy machine does not inflate; a mutant that waits
        // (a hang without work) is caught by its time on the clock, allowed more for a shared machine's queues.
        assertTrue(slowest.get() < TimeUnit.SECONDS.toNanos(10), "a mutant took " + slowest.get() / 1_000_000 + " ms of CPU");
        assertTrue(longest.get() < TimeUnit.SECONDS.toNanos(60), "a mutant took " + longest.get() / 1_000_000 + " ms");
    }

    /** The attached PDF, prepared once as the preview does between saves (its bytes are the same in every mutant). */
    private static final PdfMemory ATTACHMENTS = new PdfMemory();

    /**
     * Loads and computes one mutant (no rendering: the load and compute stages are where wrong shapes are met),
     * reusing the parses of the files it leaves unchanged, which ParseMemoryTest proves yield what a fresh load does.
     */
    private static void run(TestContent content, ParseMemory parses, java.util.Map<String, JsonNode> trees, Mutant mutant,
            List<String> crashes, AtomicLong slowest, AtomicLong longest, AtomicInteger failing) throws IOException {
        String original = content.read(mutant.file());
        long started = System.nanoTime();
        long working = THREADS.getCurrentThreadCpuTime();
        try {
            write(content, original, trees.get(mutant.file()).deepCopy(), mutant);
            Problems problems = new Problems();
            new ContentLoader(null, true, ATTACHMENTS, parses).load(content.root(), problems)
                    .flatMap(site -> SiteCalculator.compute(site, problems));
            if (problems.hasErrors()) {
                failing.incrementAndGet();
            }
            for (Problem problem : problems.sorted()) {
                SourcePosition at = problem.position();
                if (at.line() < 1 || at.column() < 1 || at.file().displayName().isBlank()) {
                    crashes.add(mutant + ": not located: " + problem.message());
                }
                if (problem.message().contains("Exception") || problem.message().contains("\tat ")) {
                    crashes.add(mutant + ": a stack trace in the message: " + problem.message());
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            crashes.add(mutant + ": " + e);
        } finally {
            slowest.accumulateAndGet(THREADS.getCurrentThreadCpuTime() - working, Math::max);
            longest.accumulateAndGet(System.nanoTime() - started, Math::max);
            content.write(mutant.file(), original);
        }
    }

    private static List<JsonNode> replacements() {
        ObjectNode unknown = NODES.objectNode();
        unknown.put("i", "adults");
        ArrayNode list = NODES.arrayNode();
        list.add("x");
        return List.of(NODES.textNode("x"), list, unknown, NODES.nullNode(), NODES.arrayNode(), NODES.objectNode());
    }

    private static void paths(JsonNode node, List<Object> path, Consumer<List<Object>> each) {
        if (!path.isEmpty()) {
            each.accept(List.copyOf(path));
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                path.add(name);
                paths(node.get(name), path, each);
                path.remove(path.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                paths(node.get(i), path, each);
                path.remove(path.size() - 1);
            }
        }
    }

    /** The YAML of a file: the whole file, or a proposal's front matter. */
    private static JsonNode read(TestContent content, String file) throws IOException {
        String text = content.read(file);
        if (file.endsWith(".md")) {
            if (!text.startsWith("---\n")) {
                return null;
            }
            text = text.substring(4, text.indexOf("\n---", 4));
        }
        return YAML.readTree(text);
    }

    /** Writes {@code mutant} over the file, whose text is {@code text} and tree (a copy to change) {@code tree}. */
    private static void write(TestContent content, String text, JsonNode tree, Mutant mutant) throws IOException {
        String body = mutant.file().endsWith(".md") ? text.substring(text.indexOf("\n---", 4)) : "";
        JsonNode parent = tree;
        List<Object> path = mutant.path();
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, mutant.replacement());
        } else {
            ((ObjectNode) parent).set((String) last, mutant.replacement());
        }
        String yaml = YAML.writeValueAsString(tree);
        Files.writeString(content.file(mutant.file()), mutant.file().endsWith(".md") ? "---\n" + yaml + body.substring(1)
                : yaml, StandardCharsets.UTF_8);
    }
}
