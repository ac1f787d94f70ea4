package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.committeepapers.UpToDateTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's options; speed itself is measured by running it, never in the tests. */
class BenchmarkCommandTest {
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
        for (String row : new String[] {"papers check \\(launcher\\)", "papers build, nothing changed \\(launcher\\)",
                "papers check \\(plain java, no archive\\)", "papers build, nothing changed \\(plain java\\)"}) {
            assertTrue(out.matches("(?s).*\n  " + row + " +\\d+ +\\d+\\.\\d\n.*"), row + "\n" + start.all());
        }
        Cli both = Cli.run("benchmark", "--start", "--scale");
        assertEquals(2, both.exitCode(), both.all());
    }
}
