package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.publish.OutputCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's pages are kept, between checks and between saves in the preview, under everything they are made
 * from, and nothing else. A check with a cache renders only the papers whose inputs changed since a check that
 * found nothing to report, and what it takes from the cache is checked as if just made. Entries are counted as
 * the cache's folders: each paper a check renders afresh, and that check finds clean, adds one.
 */
class PaperCacheTest {
    private static final String PROPOSAL = TestContent.PAPER + "block-cars.md";

    @TempDir
    Path temp;

    @Test
    void aCheckRendersOnlyThePapersWhoseInputsChanged() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path cache = temp.resolve("cache");
        check(content, cache);
        int first = entries(cache);
        check(content, cache);
        assertEquals(first, entries(cache), "nothing changed: every paper is taken from the cache");

        content.write(PROPOSAL, content.read(PROPOSAL) + "\nA sentence added by the officer.\n");
        check(content, cache);
        assertEquals(first + 1, entries(cache), "one proposal edited: its paper alone is rendered again");

        // Every page lists the committee's meetings, so a meeting's venue is in every paper's pages.
        content.replace("meetings/adults-and-health-2027-01-14/meeting.yaml", "venue: Red Kite Room", "venue: Kingfisher Room");
        check(content, cache);
        assertEquals(first + 1 + 5, entries(cache), "a meeting changed: all five papers are rendered again");
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
        return Pipeline.run(Pipeline.Options.of(content.root(), Path.of("templates"), Pipeline.Output.CHECK)
                .withCache(new OutputCache(cache))).warnings();
    }

    private static int entries(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return (int) entries.count();
        }
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
