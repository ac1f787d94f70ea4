package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the shipped content/ that a test may break on purpose. */
public final class TestContent {
    public static final Path SHIPPED = Path.of("content");
    public static final String PAPER = "papers/adults-and-health-business-cases/";
    /** The slug of the seed-000 appendix, the paper most tests look at. */
    public static final String PAPER_SLUG = "adults-and-health-business-cases";
    /**
     * The slug of the shipped illustrative draft ({@code draft: true}): builds leave it out, while {@code check}
     * and the preview read it and warn of its "TBC" cell.
     */
    public static final String DRAFT_SLUG = "adults-and-health-draft-pressures-2027-28";

    /** The computed paper {@code slug} of a pipeline result. */
    public static org.committeepapers.compute.ComputedPaper paper(org.committeepapers.Pipeline.Result result, String slug) {
        return result.site().papers().stream().filter(p -> p.paper().slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Pipeline.Result shippedSite;

    /**
     * The whole shipped site, built once per test run and shared: it prints hundreds of pages, and tests only
     * read it. Tests that change content build their own copy.
     */
    public static synchronized Pipeline.Result shippedSite() throws org.committeepapers.problem.ContentException {
        if (shippedSite == null) {
            shippedSite = Pipeline.run(Pipeline.Options.of(SHIPPED, Path.of("templates"), Pipeline.Output.SITE));
        }
        return shippedSite;
    }

    private static Pipeline.Result shippedPreview;

    /**
     * The preview of the shipped content (every page, the draft's too; PDFs on request), made once per test run
     * and shared, like {@link #shippedSite()}: tests only read it.
     */
    public static synchronized Pipeline.Result shippedPreview() throws org.committeepapers.problem.ContentException {
        if (shippedPreview == null) {
            shippedPreview = Pipeline.run(Pipeline.Options.of(SHIPPED, Path.of("templates"), Pipeline.Output.PREVIEW));
        }
        return shippedPreview;
    }

    private static Path shippedSiteOnDisk;

    /**
     * {@link #shippedSite()} written to a folder, once per test run, for tests that need a published site to
     * start from or to open in a browser: copy it, never change it. Removed when the tests end.
     */
    public static synchronized Path shippedSiteOnDisk() throws org.committeepapers.problem.ContentException {
        if (shippedSiteOnDisk == null) {
            try {
                Path folder = Files.createTempDirectory("shipped-site-");
                for (var file : shippedSite().files().entrySet()) {
                    Files.createDirectories(folder.resolve(file.getKey()).getParent());
                    Files.write(folder.resolve(file.getKey()), file.getValue());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        org.committeepapers.publish.FileTrees.deleteTree(folder);
                    } catch (IOException e) {
                        // a leftover temporary folder is harmless
                    }
                }));
                shippedSiteOnDisk = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shippedSiteOnDisk;
    }

    private final Path root;

    private TestContent(Path root) {
        this.root = root;
    }

    public static TestContent copyOfShipped(Path tempDir) {
        Path root = tempDir.resolve("content");
        copyTree(SHIPPED, root);
        return new TestContent(root);
    }

    /** Every file below {@code root}, by relative path, with its bytes as text: compare two trees byte for byte. */
    public static java.util.Map<String, String> tree(Path root) {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.toRealPath())) {
            Path real = root.toRealPath();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies the folder {@code from} and everything in it to {@code to}. */
    public static void copyTree(Path from, Path to) {
        try {
            org.committeepapers.publish.SitePublisher.copyTree(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    /** Replaces the one occurrence of {@code from} in {@code relative}; fails the test if it is not there once. */
    public TestContent replace(String relative, String from, String to) {
        String text = read(relative);
        int first = text.indexOf(from);
        assertTrue(first >= 0 && text.indexOf(from, first + 1) < 0, "expected exactly one '" + from + "' in " + relative);
        write(relative, text.substring(0, first) + to + text.substring(first + from.length()));
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestContent write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestContent write(String relative, byte[] bytes) {
        try {
            Files.createDirectories(root.resolve(relative).getParent());
            Files.write(root.resolve(relative), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The 1-based line of {@code relative} on which {@code text} first appears. */
    public int lineOf(String relative, String text) {
        String[] lines = read(relative).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + text + "' is not in " + relative);
    }

    /** The 1-based column at which {@code text} starts on its first line. */
    public int columnOf(String relative, String text) {
        return read(relative).split("\n", -1)[lineOf(relative, text) - 1].indexOf(text) + 1;
    }
}
