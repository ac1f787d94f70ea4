package org.committeepapers.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: one folder per mistake under {@code src/test/resources/bad-inputs/}, each a
 * {@code case.yaml} that breaks a copy of the shipped content and lists the messages expected (see the
 * corpus's README.md). Every case is run through {@code check} and {@code build} alike: both must exit with
 * the expected code, print every expected message, print no stack trace, and the build must leave an already
 * published site exactly as it was.
 *
 * <p>Each build starts, as an officer's next build does, from the cache of a good build of the shipped content
 * (a copy each): what a case changes is made afresh, the rest is reused, so a case that fails only after
 * printing (a broken link, a web page's template, {@code --strict}) does not print hundreds of unchanged pages.
 * The cache's keys cover everything an output is made from ({@code CacheKeys}), so a reused file is the file
 * the build would have made; {@code check} still renders everything, and takes from its copy of the cache only
 * the attached PDFs, prepared.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-inputs");

    /**
     * The site and cache a build of the unbroken content (the shipped content as the cases start from it) leaves,
     * made once: copied into place before each case's build as "the published site" and its cache.
     */
    private static Path goodSite;
    private static Path goodCache;

    @BeforeAll
    static void buildAGoodSite(@TempDir Path shared) throws Exception {
        CorpusCase.Workspace unbroken = CorpusCase.unbroken(shared.resolve("good"));
        goodSite = shared.resolve("good-site");
        goodCache = shared.resolve("good-cache");
        Cli good = Cli.run("build", "--content", unbroken.content().toString(), "--out", goodSite.toString(),
                "--cache", goodCache.toString());
        assertEquals(0, good.exitCode(), "the shipped content builds: " + good.all());
        assertTrue(Files.isRegularFile(goodSite.resolve("index.html")), "a published site to keep");
    }

    /**
     * A copy of {@code from} whose files are hard links, for the published site and the cache: neither is ever
     * changed in place (a build publishes a new folder and swaps it in; a cache entry is written aside, renamed
     * into place and removed as a whole), so the copies share the bytes. A build that changed a published file in
     * place would be caught by the case that did it, whose "left as it was" compares the bytes.
     */
    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (source.equals(from)) {
                    Files.createDirectories(target);
                } else if (Files.isDirectory(source)) {
                    Files.createDirectory(target); // its parent was made just before: walks go top down
                } else {
                    Files.createLink(target, source);
                }
            }
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            // -Dcorpus.only=REGEX runs only the cases whose folder names match, while working on one.
            String only = System.getProperty("corpus.only", ".*");
            return folders.filter(f -> Files.isRegularFile(f.resolve("case.yaml")))
                    .filter(f -> f.getFileName().toString().matches(only))
                    .map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeClearly(String name, @TempDir Path temp) throws IOException {
        CorpusCase badInput = CorpusCase.read(CORPUS.resolve(name));
        CorpusCase.Workspace workspace = badInput.apply(temp);
        for (String command : badInput.commands()) {
            List<String> args = new ArrayList<>(List.of(command, "--content", workspace.content().toString()));
            if (workspace.templates() != null) {
                args.addAll(List.of("--templates", workspace.templates().toString()));
            }
            Path site = temp.resolve("site");
            Path cache = temp.resolve("cache-" + command);
            Map<String, String> publishedBefore = Map.of();
            // A check has the cache too (the attached PDFs, prepared), as an officer's has.
            linkTree(goodCache, cache);
            args.addAll(List.of("--cache", cache.toString()));
            if (command.equals("build")) {
                linkTree(goodSite.toRealPath(), site);
                publishedBefore = TestContent.tree(site);
                args.addAll(List.of("--out", site.toString()));
            }
            args.addAll(badInput.args());
            Cli result = Cli.run(args.toArray(String[]::new));
            String printed = workspace.relativise(result.err());
            String context = name + " (" + command + ")\n" + workspace.relativise(result.all());
            assertEquals(badInput.exitCode(), result.exitCode(), context);
            assertFalse(printed.contains("Exception") || printed.contains("\tat ") || printed.contains("Error:"),
                    "no stack trace: " + context);
            for (String expected : badInput.expect()) {
                assertTrue(printed.contains(expected), "expected to find\n  " + expected + "\nin " + context);
            }
            if (command.equals("build")) {
                assertEquals(publishedBefore, TestContent.tree(site), "the published site must be left as it was: " + name);
            }
        }
    }
}
