package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.committeepapers.Cli;
import org.junit.jupiter.api.Test;

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
}
