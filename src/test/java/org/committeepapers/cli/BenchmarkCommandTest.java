package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.committeepapers.UpToDateTest;
import org.committeepapers.bench.SyntheticContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's options and the shape of its report; speed itself is measured by running it, never in the tests. */
class BenchmarkCommandTest {
    /**
     * On the smallest council (one paper, its meeting and a pack: three PDFs), one round gives a row per side with
     * its time, the PDFs PDFBox opened, its pages and its PDF/UA-1 verdict (veraPDF is on the tests' class path),
     * a page count per PDF per side, and what each side was given. WeasyPrint's row is skipped, with why, when it
     * is not installed. No figure is checked but the build's ratio to itself and the build's own validity.
     */
    @Test
    void oneRunReportsTheThreeSidesSideBySide(@TempDir Path temp) throws Exception {
        Path council = SyntheticContent.writeCouncil(TestContent.SHIPPED, temp.resolve("council"), 1, 1, 1);
        Cli run = Cli.run("benchmark", "--rounds", "1", "--content", council.toString());
        assertEquals(0, run.exitCode(), run.all());
        String out = run.out();
        assertTrue(out.startsWith("Print benchmark, cold, on " + council + " (3 PDFs): 1 round(s), sides interleaved"), out);
        assertTrue(Pattern.compile("(?m)^side +median +vs \\(a\\) +PDFBox +pages +PDF/UA-1 \\(veraPDF\\)$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^\\(a\\) papers build --clean +\\d+\\.\\d\\d s +1\\.00x +3/3 +\\d+ +3/3 compliant$")
                .matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^\\(b\\) stock openhtmltopdf +\\d+\\.\\d\\d s +\\d+\\.\\d\\dx +3/3 +\\d+ +\\d/3 compliant")
                .matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^\\(c\\) WeasyPrint( [\\d.]+ +\\d+\\.\\d\\d s +\\d+\\.\\d\\dx +3/3 +\\d+ +\\d/3 compliant"
                + "| +skipped: weasyprint is not on the PATH .*)").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^pages per PDF +\\(a\\) +\\(b\\) +\\(c\\)$").matcher(out).find(), out);
        for (String pdf : List.of("packs/business-cases.pdf", "meetings/committee-1-2024-01-08-reports-pack.pdf",
                "paper-001/paper-001.pdf")) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(pdf) + " +[1-9]\\d* +[1-9]\\d* +([1-9]\\d*|-)$").matcher(out).find(),
                    pdf + " has no row of page counts:\n" + out);
        }
        assertTrue(out.contains("Print HTML given to (b) and (c) is what (a) printed: 3/3 PDFs of (a) carry its digest"), out);
        assertTrue(out.contains("What each side was given"), out);
        for (String side : List.of("  (a) the sources: `papers build --clean", "  (b) the print HTML files (a) prints: openhtmltopdf",
                "  (c) the same print HTML files: `weasyprint")) {
            assertTrue(out.contains(side), out);
        }
    }

    @Test
    void reloadOptionsAreCheckedBeforeAnythingRuns() {
        Cli both = Cli.run("benchmark", "--reload", "--scale");
        assertEquals(2, both.exitCode(), both.all());
        assertTrue(both.err().contains("choose one of --reload and --scale"), both.all());
        Cli edit = Cli.run("benchmark", "--edit", "papers/x/y.md");
        assertEquals(2, edit.exitCode(), edit.all());
        assertTrue(edit.err().contains("--edit goes with --reload"), edit.all());
        Cli rounds = Cli.run("benchmark", "--reload", "--rounds", "0");
        assertEquals(2, rounds.exitCode(), rounds.all());
        Cli noRounds = Cli.run("benchmark", "--rounds", "0");
        assertEquals(2, noRounds.exitCode(), noRounds.all());
        Cli proposals = Cli.run("benchmark", "--proposals", "10");
        assertEquals(2, proposals.exitCode(), proposals.all());
        assertTrue(proposals.err().contains("--proposals goes with --scale"), proposals.all());
        Cli help = Cli.run("benchmark", "--help");
        assertTrue(help.out().contains("--reload") && help.out().contains("--edit=FILE"), help.all());
    }

    @Test
    void aProposalThatIsNotThereIsAClearError() {
        Cli missing = Cli.run("benchmark", "--reload", "--edit", "papers/nowhere/nothing.md");
        assertEquals(1, missing.exitCode(), missing.all());
        assertTrue(missing.err().contains("error: there is no proposal "), missing.all());
    }

    /**
     * One round of the start-up benchmark on a one-paper site: every row measured, a ratio to the bare start,
     * the load stated. (The run has no launcher, so each command starts as a plain java.)
     */
    @Test
    void startTimesACheckAndAnUnchangedBuildAgainstABareStart(@TempDir Path temp) throws IOException {
        TestContent content = UpToDateTest.onePaper(temp);
        Cli start = Cli.run("benchmark", "--start", "--rounds", "1", "--content", content.root().toString());
        assertEquals(0, start.exitCode(), start.all());
        String out = start.out();
        assertTrue(out.matches("(?s)Start-up: .*, a fresh process per command, 1 round\\(s\\) side by side; \\d+ "
                + "processor\\(s\\), load average [-\\d.]+ before and [-\\d.]+ after; .*"), start.all());
        assertTrue(out.contains("\n  launcher: "), start.all());
        assertTrue(out.matches("(?s).*\n  bare JVM start \\(launcher\\) +\\d+ +1\\.0\n.*"), start.all());
        for (String row : new String[] {"papers check, nothing changed \\(launcher\\)",
                "papers check, one proposal edited \\(launcher\\)", "papers build, nothing changed \\(launcher\\)",
                "papers check \\(plain java, no archive\\)", "papers build, nothing changed \\(plain java\\)"}) {
            assertTrue(out.matches("(?s).*\n  " + row + " +\\d+ +\\d+\\.\\d\n.*"), row + "\n" + start.all());
        }
        Cli both = Cli.run("benchmark", "--start", "--scale");
        assertEquals(2, both.exitCode(), both.all());
    }
}
