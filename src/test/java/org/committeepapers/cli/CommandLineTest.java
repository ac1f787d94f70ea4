package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.committeepapers.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.all());
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("Committee Papers "), version.all());
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertEquals(2, Cli.run().exitCode());
        assertEquals(2, Cli.run("biuld").exitCode());
        Cli unknown = Cli.run("build", "--bogus");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown.all());
    }

    @Test
    void checkTheShippedContent() {
        Cli check = Cli.run("check");
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().matches("(?s)OK: \\d+ paper\\(s\\), \\d+ proposal\\(s\\); every figure computed and checked.*"), check.all());
    }

    @Test
    void buildWritesTheSite() {
        Path out = temp.resolve("out");
        Cli build = Cli.run("build", "--out", out.toString());
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertTrue(Files.isRegularFile(out.resolve("adults-and-health-business-cases/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("assets/style.css")));
    }

    @Test
    void missingContentFolderIsAClearError() {
        Cli check = Cli.run("check", "--content", temp.resolve("nowhere").toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("there is no site.yaml in"), check.all());
        assertFalse(check.err().contains("Exception"), check.all());
    }
}
