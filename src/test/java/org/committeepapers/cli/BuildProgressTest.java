package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.committeepapers.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build says what it is doing: a status line in place on a terminal, plain lines when piped. */
class BuildProgressTest {
    @TempDir
    Path temp;

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAndClearedAtTheEnd() {
        StringWriter text = new StringWriter();
        BuildProgress progress = new BuildProgress(new PrintWriter(text), true);
        progress.stage("load", 120);
        progress.cached("adults-and-health-business-cases");
        progress.printed("packs/business-cases.pdf", 1, 3, 120);
        progress.printed("adults-business-cases-2018-19", 2, 3, 40);
        assertTrue(progress.status().matches("\\[\\d+\\.\\d s\\] load done · PDFs 2 of 3 printed \\(160 pages\\) · 1 cached"),
                progress.status());
        progress.finish();
        String shown = text.toString();
        assertFalse(shown.contains("\n"), "never a new line: " + shown);
        assertEquals(5, shown.split("\r", -1).length - 1, "each event rewrites the line, and the end clears it");
        assertTrue(shown.endsWith("\r\u001B[K"), shown);
    }

    @Test
    void pipedItPrintsPlainLinesOfStagesPrintedAndCachedPdfs() throws java.io.IOException {
        Path site = temp.resolve("site");
        assertEquals(0, Cli.run("init", site.toString()).exitCode());
        String[] build = {"build", "--content", site.resolve("content").toString(), "--out", site.resolve("out").toString()};
        Cli first = Cli.run(build);
        assertEquals(0, first.exitCode(), first.all());
        assertTrue(first.err().matches("(?s)Done: load \\(\\d+ ms\\)\nDone: compute \\(\\d+ ms\\)\n.*"), first.all());
        assertTrue(first.err().contains("Printed PDF 1 of 2: "), first.all());
        assertTrue(first.err().matches("(?s).*Printed PDF 2 of 2: [a-z0-9/.-]+ \\(\\d+ pages?\\)\n.*"), first.all());
        assertFalse(first.err().contains("\r") || first.err().contains("\u001B"), "no terminal codes when piped");
        // A page removed by hand: the site is no longer up to date, so this build runs, taking PDFs from the cache.
        java.nio.file.Files.delete(site.resolve("out").resolve("index.html"));
        Cli second = Cli.run(build);
        assertEquals(0, second.exitCode(), second.all());
        assertTrue(second.err().contains("Cached PDF: example-business-cases (unchanged since it was printed)"), second.all());
        assertFalse(second.err().contains("Printed PDF"), "nothing printed again: " + second.all());
        Cli quiet = Cli.run("build", "-q", "--content", site.resolve("content").toString(), "--out", site.resolve("out").toString());
        assertFalse(quiet.err().contains("Done:") || quiet.err().contains("PDF"), quiet.all());
    }
}
