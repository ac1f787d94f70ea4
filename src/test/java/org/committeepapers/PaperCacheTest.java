package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.publish.OutputCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's pages are kept, between checks and between saves in the preview, under everything they are made
 * from, and nothing else. A check with a cache renders only the papers whose inputs changed since a check that
 * found nothing to report, keeping only the latest pages of each, and what it takes from the cache is checked
 * as if just made.
 */
class PaperCacheTest {
    private static final String PROPOSAL = TestContent.PAPER + "block-cars.md";

    @TempDir
    Path temp;

    @Test
    void aCheckRendersOnlyThePapersWhoseInputsChangedAndKeepsOnlyTheirLatestPages() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path cache = temp.resolve("cache");
        check(content, cache);
        Map<String, Set<String>> first = pageEntries(cache);
        assertEquals(5, first.size(), "each paper's pages are kept: " + first);
        Set<String> everything = names(cache);
        check(content, cache);
        assertEquals(first, pageEntries(cache), "nothing changed: every paper is taken from the cache");
        assertEquals(everything, names(cache), "nothing changed: every paper and pack is known, by the same key");

        content.write(PROPOSAL, content.read(PROPOSAL) + "\nA sentence added by the officer.\n");
        check(content, cache);
        Map<String, Set<String>> edited = pageEntries(cache);
        for (String slug : first.keySet()) {
            assertEquals(slug.equals(TestContent.PAPER_SLUG), !first.get(slug).equals(edited.get(slug)),
                    slug + ": only the edited paper is rendered again: " + first + " then " + edited);
            assertEquals(1, edited.get(slug).size(), slug + ": only the latest pages are kept");
        }

        // Every page lists the committee's meetings, so a meeting's venue is in every paper's pages.
        content.replace("meetings/adults-and-health-2027-01-14/meeting.yaml", "venue: Red Kite Room", "venue: Kingfisher Room");
        check(content, cache);
        Map<String, Set<String>> moved = pageEntries(cache);
        for (String slug : first.keySet()) {
            assertTrue(!edited.get(slug).equals(moved.get(slug)) && moved.get(slug).size() == 1,
                    slug + ": a meeting changed, so every paper is rendered again: " + edited + " then " + moved);
        }
    }

    /** A pack checked clean is checked again when its templates change: the same key would hide the dropped id. */
    @Test
    void aPackIsCheckedAgainWhenItsTemplateChanges() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path cache = temp.resolve("cache");
        Path templates = Files.createDirectory(temp.resolve("templates"));
        check(content, templates, cache);
        Files.writeString(templates.resolve("pack-print.ftlh"), Files.readString(Path.of("templates", "pack-print.ftlh"))
                .replace("<h2 id=\"${s.anchor}\">", "<h2>"));
        ContentException dropped = assertThrows(ContentException.class, () -> check(content, templates, cache));
        assertTrue(dropped.problems().stream().anyMatch(p -> p.message().contains("has no element with id")),
                dropped.problems().toString());
    }

    @Test
    void aPageTakenFromTheCacheHasItsLinksCheckedAgain() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path cache = temp.resolve("cache");
        check(content, cache);
        Path page;
        try (Stream<Path> files = Files.walk(cache)) {
            page = files.filter(p -> p.endsWith(Path.of("f", TestContent.PAPER_SLUG, "index.html"))).findFirst().orElseThrow();
        }
        Files.writeString(page, Files.readString(page).replace("</main>", "<a href=\"nowhere.html\">x</a></main>"));
        ContentException broken = assertThrows(ContentException.class, () -> check(content, cache));
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("'nowhere.html'")),
                "the cached page was used, and its links checked: " + broken.problems());
    }

    @Test
    void aCheckThatFindsAProblemInWhatItRendersKeepsNothingSoItIsReportedAgain() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path cache = temp.resolve("cache");
        content.write(PROPOSAL, content.read(PROPOSAL) + "\n<span onclick=\"x()\">clicked</span>\n");
        for (int run = 1; run <= 2; run++) {
            List<Problem> warnings = check(content, cache);
            assertTrue(warnings.stream().anyMatch(p -> p.message().contains("raw HTML")
                    && p.position().file().displayName().endsWith("block-cars.md")), "check " + run + ": " + warnings);
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertTrue(entries.noneMatch(entry -> Files.exists(entry.resolve("f").resolve(TestContent.PAPER_SLUG))),
                    "no paper's pages were kept from a check with a warning in its rendering");
        }
    }

    private static List<Problem> check(TestContent content, Path cache) throws ContentException {
        return check(content, Path.of("templates"), cache);
    }

    private static List<Problem> check(TestContent content, Path templates, Path cache) throws ContentException {
        return Pipeline.run(Pipeline.Options.of(content.root(), templates, Pipeline.Output.CHECK)
                .withCache(new OutputCache(cache))).warnings();
    }

    private static Set<String> names(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.map(entry -> entry.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** The cache's entries holding a paper's pages, by the paper's slug. */
    private static Map<String, Set<String>> pageEntries(Path cache) throws IOException {
        Map<String, Set<String>> bySlug = new TreeMap<>();
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                try (Stream<Path> files = Files.list(entry.resolve("f"))) {
                    files.filter(folder -> Files.exists(folder.resolve("index.html"))).forEach(folder -> bySlug
                            .computeIfAbsent(folder.getFileName().toString(), slug -> new TreeSet<>())
                            .add(entry.getFileName().toString()));
                } catch (java.nio.file.NoSuchFileException e) {
                    // Not an entry of files: a half-written one, or none.
                }
            }
        }
        return bySlug;
    }

    /** A template may show the site's meetings on a paper's page; the preview then remakes it when one changes. */
    @Test
    void aPaperPageShowingTheMeetingsIsRemadeWhenAMeetingChanges() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path templates = Files.createDirectory(temp.resolve("templates"));
        Files.writeString(templates.resolve("paper.ftlh"), Files.readString(Path.of("templates", "paper.ftlh")).replace(
                "<dl class=\"cover\">", "<p class=\"venues\"><#list site.committees as c><#list c.meetings as v>"
                        + "${v.venue};</#list></#list></p>\n<dl class=\"cover\">"));
        PreviewMemory memory = new PreviewMemory();
        Pipeline.Options preview = Pipeline.Options.of(content.root(), templates, Pipeline.Output.PREVIEW).withMemory(memory);
        String page = TestContent.PAPER_SLUG + "/index.html";
        assertTrue(new String(Pipeline.run(preview).files().get(page), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Red Kite Room"), "the override shows the venues");
        content.replace("meetings/adults-and-health-2027-01-14/meeting.yaml", "venue: Red Kite Room", "venue: Kingfisher Room");
        assertTrue(new String(Pipeline.run(preview).files().get(page), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Kingfisher Room"), "the page was made again with the new venue, not kept from the last save");
    }
}
