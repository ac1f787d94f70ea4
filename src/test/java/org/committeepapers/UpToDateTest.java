package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with nothing changed since the last one makes nothing and leaves the published site as it is, but
 * still reads and checks the content; anything that changes what a build publishes, or a published site
 * changed by hand, makes it build again.
 */
public class UpToDateTest {
    static final String PAPER = "papers/adult-social-care-savings-2021-22/";
    static final String CASE = PAPER + "budget-and-improvement-plan.md";

    @TempDir
    Path temp;

    /** The shipped content cut to its site.yaml and one paper of one proposal: a whole build, quickly. */
    public static TestContent onePaper(Path temp) throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        try (var entries = Files.list(content.root())) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry) && !entry.getFileName().toString().equals("papers")) {
                    org.committeepapers.publish.FileTrees.deleteTree(entry);
                }
            }
        }
        try (var papers = Files.list(content.root().resolve("papers"))) {
            for (Path paper : papers.toList()) {
                if (!PAPER.equals("papers/" + paper.getFileName() + "/")) {
                    org.committeepapers.publish.FileTrees.deleteTree(paper);
                }
            }
        }
        return content;
    }

    @Test
    void anUnchangedBuildMakesNothingAndAChangedOneBuilds() throws IOException {
        TestContent content = onePaper(temp);
        Path out = temp.resolve("site");
        String[] build = {"build", "--content", content.root().toString(), "--out", out.toString()};
        Cli first = Cli.run(build);
        assertEquals(0, first.exitCode(), first.all());
        assertTrue(first.out().startsWith("Built "), first.all());
        Path published = out.toRealPath();
        Map<String, String> site = TestContent.tree(out);

        Cli again = Cli.run(build);
        assertEquals(0, again.exitCode(), again.all());
        assertTrue(again.out().startsWith("Up to date: nothing changed since " + out + " was built"), again.all());
        assertEquals(published, out.toRealPath(), "the same published folder, not a new copy");
        assertEquals(site, TestContent.tree(out));
        assertEquals(problems(first.err()), problems(again.err()), "the same warnings and notes, as the content is "
                + "still checked");

        // Options that do not change the output do not make a build; one that does, does.
        assertTrue(Cli.run(concat(build, "--jobs", "1", "--verbose")).out().contains("Up to date: "));
        Cli withFeed = Cli.run(concat(build, "--base-url", "https://papers.example.gov.uk/"));
        assertTrue(withFeed.out().startsWith("Built "), withFeed.all());
        assertTrue(Files.exists(out.resolve("sitemap.xml")));
        assertTrue(Cli.run(build).out().startsWith("Built "), "the feed must go again");

        Files.writeString(content.file(CASE), content.read(CASE) + "\nA sentence added.\n");
        Cli edited = Cli.run(build);
        assertTrue(edited.out().startsWith("Built "), edited.all());
        assertNotEquals(published, out.toRealPath());
        assertTrue(TestContent.tree(out).values().stream().anyMatch(text -> text.contains("A sentence added.")));
        assertTrue(Cli.run(build).out().startsWith("Up to date: "));
    }

    @Test
    void aPublishedSiteChangedByHandOrACleanBuildIsBuiltAgain() throws IOException {
        TestContent content = onePaper(temp);
        Path out = temp.resolve("site");
        String[] build = {"build", "--content", content.root().toString(), "--out", out.toString()};
        assertEquals(0, Cli.run(build).exitCode());
        Map<String, String> site = TestContent.tree(out);
        Path page = out.resolve("index.html");
        Files.delete(page);
        Cli repaired = Cli.run(build);
        assertTrue(repaired.out().startsWith("Built "), repaired.all());
        assertEquals(site.keySet(), TestContent.tree(out).keySet(), "the missing page is back");

        Files.writeString(out.resolve("stray.html"), "x");
        assertTrue(Cli.run(build).out().startsWith("Built "), "a file added by hand is not what a build publishes");
        assertFalse(Files.exists(out.resolve("stray.html")));

        Cli clean = Cli.run(concat(build, "--clean"));
        assertTrue(clean.out().startsWith("Built "), clean.all());
    }

    @Test
    void contentWithErrorsIsReportedEvenWhenThePublishedSiteIsCurrent() throws IOException {
        TestContent content = onePaper(temp);
        Path out = temp.resolve("site");
        String[] build = {"build", "--content", content.root().toString(), "--out", out.toString()};
        assertEquals(0, Cli.run(build).exitCode());
        // The inputs change, so this is a full build; its errors leave the site and its record as they were.
        content.replace("site.yaml", "council: ", "councill: ");
        Cli broken = Cli.run(build);
        assertEquals(1, broken.exitCode(), broken.all());
        content.replace("site.yaml", "councill: ", "council: ");
        assertTrue(Cli.run(build).out().startsWith("Up to date: "), "back to the sources that were published");
    }

    @Test
    void anUnchangedBuildStillSaysWhatIsWrongWithTheContent() {
        Path site = temp.resolve("ours");
        assertEquals(0, Cli.run("init", site.toString()).exitCode());
        String[] build = {"build", "--content", site.resolve("content").toString(), "--out", site.resolve("out").toString()};
        Cli first = Cli.run(build);
        assertEquals(0, first.exitCode(), first.all());
        assertTrue(first.err().contains(": warning: placeholder text is still here"), first.all());
        Cli again = Cli.run(build);
        assertTrue(again.out().startsWith("Up to date: "), again.all());
        assertEquals(problems(first.err()), problems(again.err()));
        Cli strict = Cli.run(concat(build, "--strict"));
        assertEquals(1, strict.exitCode(), "--strict fails on the warnings, up to date or not: " + strict.all());
    }

    /** What was said about the content, without the build's progress lines. */
    private static java.util.List<String> problems(String err) {
        return err.lines().filter(line -> !line.matches("(Done|Printed PDF|Cached PDF)[: ].*")).toList();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
