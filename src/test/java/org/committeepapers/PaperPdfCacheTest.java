package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's PDF is kept in the cache under its print HTML: a change to a template that only web pages use
 * prints no PDF again, yet publishes exactly what a clean build does; a change to the print style sheet
 * prints the paper again.
 */
class PaperPdfCacheTest {
    private static final String PAPER = "adult-social-care-savings-2021-22";
    private static final String CACHED = "Cached PDF: " + PAPER + " ";

    @TempDir
    Path temp;

    @Test
    void aWebOnlyTemplateChangePrintsNothingAgainAndAPrintOneDoes() throws IOException {
        TestContent content = UpToDateTest.onePaper(temp);
        Path templates = temp.resolve("templates");
        TestContent.copyTree(Path.of("templates"), templates);
        Path out = temp.resolve("site");
        String[] build = {"build", "--content", content.root().toString(), "--templates", templates.toString(),
                "--out", out.toString(), "--cache", temp.resolve("cache").toString()};
        Cli first = Cli.run(build);
        assertEquals(0, first.exitCode(), first.all());
        assertFalse(first.all().contains(CACHED), first.all());

        Path proposal = templates.resolve("proposal.ftlh");
        Files.writeString(proposal, Files.readString(proposal).replace("<@m.paperNotes paper/>",
                "<p>Changed on the web page only.</p>\n<@m.paperNotes paper/>"));
        Cli webOnly = Cli.run(build);
        assertEquals(0, webOnly.exitCode(), webOnly.all());
        assertTrue(webOnly.all().contains(CACHED), "the paper's print HTML is unchanged: " + webOnly.all());
        assertTrue(TestContent.tree(out).values().stream().anyMatch(page -> page.contains("Changed on the web page only.")));
        Path clean = temp.resolve("clean");
        assertEquals(0, Cli.run("build", "--clean", "--content", content.root().toString(), "--templates",
                templates.toString(), "--out", clean.toString(), "--cache", temp.resolve("other-cache").toString()).exitCode());
        assertEquals(TestContent.tree(clean), TestContent.tree(out), "a reused PDF is the PDF a clean build makes");

        Path css = templates.resolve("print.css");
        Files.writeString(css, Files.readString(css) + "\np { orphans: 3; }\n");
        Cli printChange = Cli.run(build);
        assertEquals(0, printChange.exitCode(), printChange.all());
        assertFalse(printChange.all().contains(CACHED), "the print style sheet changed: " + printChange.all());
    }
}
