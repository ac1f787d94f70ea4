package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --quiet prints only errors, --verbose adds stage timings and a line per file, and colour is used only on a
 * terminal: these runs are not on one, so no escape codes may appear.
 */
class MessagesTest {
    private static final String CARS = TestContent.PAPER + "block-cars.md";
    private static final String ESC = "\u001B[";

    @TempDir
    Path temp;

    /** The shipped content with a table declared but not placed: a warning, not an error. */
    private TestContent withAWarning() {
        return TestContent.copyOfShipped(temp).replace(CARS, "{{ table cars }}", "");
    }

    private static void noColour(Cli run) {
        assertFalse(run.out().contains(ESC) || run.err().contains(ESC), "no colour off a terminal:\n" + run.all());
    }

    @Test
    void quietSaysNothingWhenAllIsWellNotEvenWarnings() {
        TestContent content = withAWarning();
        Cli normal = Cli.run("check", "--content", content.root().toString());
        assertEquals(0, normal.exitCode(), normal.all());
        assertTrue(normal.err().contains("warning: the table 'cars' is declared but never placed"), normal.all());

        for (String flag : new String[] {"-q", "--quiet"}) {
            Cli check = Cli.run("check", flag, "--content", content.root().toString());
            assertEquals(0, check.exitCode(), check.all());
            assertEquals("", check.out() + check.err(), check.all());
        }
        Cli build = Cli.run("build", "-q", "--content", content.root().toString(), "--out", temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.all());
        assertEquals("", build.out() + build.err(), build.all());
    }

    @Test
    void quietStillPrintsErrorsAndWarningsThatFailTheBuild() {
        TestContent content = withAWarning();
        Cli strict = Cli.run("build", "-q", "--strict", "--content", content.root().toString(), "--out",
                temp.resolve("site").toString());
        assertEquals(1, strict.exitCode(), strict.all());
        assertTrue(strict.err().contains("warning: the table 'cars' is declared but never placed"), strict.all());
        assertTrue(strict.err().contains("1 warning(s), which --strict treats as errors; nothing was written."), strict.all());
        assertEquals("", strict.out());
        noColour(strict);

        content.replace(CARS, "category: Savings", "category: Savings: x");
        Cli check = Cli.run("check", "--quiet", "--content", content.root().toString());
        assertEquals(1, check.exitCode(), check.all());
        assertEquals("", check.out(), check.all());
        String at = content.file(CARS) + ":" + content.lineOf(CARS, "Savings: x") + ":";
        assertTrue(check.err().startsWith(at) && check.err().contains(": error: YAML syntax error"), check.all());
        assertTrue(check.err().endsWith("1 error(s); nothing was written.\n"), check.all());
        assertFalse(check.err().contains("warning"), "errors only: " + check.all());
        noColour(check);
    }

    @Test
    void verboseAddsStageTimingsAndALinePerFile() {
        Cli check = Cli.run("check", "-v");
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().matches("(?s)Time by stage:\n  load +\\d+ ms\n.*"), check.all());
        assertTrue(check.out().contains("\n  " + TestContent.SHIPPED.resolve(CARS) + "\n"), check.all());
        assertTrue(check.out().contains("\n  " + TestContent.SHIPPED.resolve(TestContent.PAPER + "paper.yaml") + "\n"), check.all());
        Cli plain = Cli.run("check");
        assertTrue(check.out().endsWith(plain.out()), "the usual closing line comes last:\n" + check.all());
        noColour(check);

        Path site = temp.resolve("site");
        Cli build = Cli.run("build", "--verbose", "--out", site.toString());
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("Time by stage:\n  load "), build.all());
        assertTrue(build.out().contains("Files written to " + site + ":\n"), build.all());
        assertTrue(build.out().matches("(?s).*\n  adults-and-health-business-cases/block-cars\\.html +[\\d,]+ bytes\n.*"), build.all());
        assertTrue(build.out().matches("(?s).*\nBuilt \\d+ web page\\(s\\) and \\d+ PDF\\(s\\) for \\d+ paper\\(s\\), \\d+ meeting\\(s\\) and \\d+ pack\\(s\\) into .*"), build.all());
        noColour(build);
    }

    @Test
    void quietAndVerboseTogetherIsAUsageMistake() {
        Cli both = Cli.run("check", "-q", "-v");
        assertEquals(2, both.exitCode(), both.all());
        assertTrue(both.err().contains("choose one of --quiet and --verbose"), both.all());
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColourOrADumbTerminal() {
        assertTrue(Messages.colourWanted(true, Map.of("TERM", "xterm-256color")));
        assertTrue(Messages.colourWanted(true, Map.of()));
        assertFalse(Messages.colourWanted(false, Map.of("TERM", "xterm-256color")), "not a terminal");
        assertFalse(Messages.colourWanted(true, Map.of("NO_COLOR", "")), "NO_COLOR set, even empty");
        assertFalse(Messages.colourWanted(true, Map.of("NO_COLOR", "1")));
        assertFalse(Messages.colourWanted(true, Map.of("TERM", "dumb")));

        String text = "a.md:3:7: error: stated 3,324\n    hint: error: not this one\nb.md:1:1: warning: unused\nerror: cannot write\n";
        assertEquals("a.md:3:7: " + Messages.RED + "error" + Messages.RESET + ": stated 3,324\n"
                + "    hint: error: not this one\n"
                + "b.md:1:1: " + Messages.YELLOW + "warning" + Messages.RESET + ": unused\n"
                + Messages.RED + "error" + Messages.RESET + ": cannot write\n", Messages.coloured(text));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs papers serve in the background until {@code body} is done. */
    private static void serving(String[] args, StringWriter out, StringWriter err, ThrowingRunnable body) throws Exception {
        Thread serve = new Thread(() -> Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args), "serve");
        serve.setDaemon(true);
        serve.start();
        try {
            body.run();
        } finally {
            serve.interrupt();
            serve.join(30_000);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void await(Supplier<Boolean> condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting; so far:\n" + what.get());
            }
            Thread.sleep(50);
        }
    }

    private static boolean up(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/").openConnection();
            return c.getResponseCode() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void serveQuietPrintsOnlyErrorsAndVerboseWhatEachRebuildChanged() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int port = freePort();
        serving(new String[] {"serve", "-q", "--port", String.valueOf(port), "--content", content.root().toString()}, out, err, () -> {
            await(() -> up(port), () -> out + "\n" + err);
            content.replace(CARS, "Currently we commission", "At present we commission");
            content.replace(CARS, "category: Savings", "category: Savings: x");
            await(() -> err.toString().contains("error: YAML syntax error"), () -> out + "\n" + err);
            assertEquals("", out.toString(), "--quiet: nothing but errors");
            assertFalse(err.toString().contains(ESC), err.toString());
        });

        content.replace(CARS, "category: Savings: x", "category: Savings");
        StringWriter verboseOut = new StringWriter();
        StringWriter verboseErr = new StringWriter();
        int again = freePort();
        serving(new String[] {"serve", "-v", "--port", String.valueOf(again), "--content", content.root().toString()},
                verboseOut, verboseErr, () -> {
                    await(() -> verboseOut.toString().contains("Serving http://localhost:" + again + "/"),
                            () -> verboseOut + "\n" + verboseErr);
                    assertTrue(verboseOut.toString().startsWith("Built in "), verboseOut.toString());
                    assertTrue(verboseOut.toString().contains("Time by stage:\n  load "), verboseOut.toString());
                    content.replace(CARS, "At present we commission", "Today we commission");
                    await(() -> verboseOut.toString().contains("Output files changed:"), () -> verboseOut + "\n" + verboseErr);
                    await(() -> verboseOut.toString().contains("\n  " + TestContent.PAPER_SLUG + "/block-cars.html\n"),
                            () -> verboseOut.toString());
                    assertTrue(verboseOut.toString().contains("Rebuilt; pages reload by themselves.\nRebuilt in "),
                            verboseOut.toString());
                    assertFalse(verboseOut.toString().contains(ESC) || verboseErr.toString().contains(ESC));
                });
    }

    @Test
    void serveOpenOnAMachineWithNoDesktopGivesTheAddressInstead() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null,
                "a desktop is present: --open would really open a browser");
        TestContent content = TestContent.copyOfShipped(temp);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int port = freePort();
        serving(new String[] {"serve", "--open", "--port", String.valueOf(port), "--content", content.root().toString()},
                out, err, () -> await(() -> out.toString().contains("No browser could be opened from here; open http://localhost:"
                        + port + "/ yourself."), () -> out + "\n" + err));
    }
}
