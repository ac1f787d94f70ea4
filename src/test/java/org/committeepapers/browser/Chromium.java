package org.committeepapers.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, with axe-core, for the browser tests. Without /usr/bin/chromium or
 * node_modules/axe-core the tests are skipped locally, but in CI (CI=true) their absence is a failure, so the
 * checks can never silently stop running.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Skips the calling test (or fails it in CI) when Chromium or axe-core is missing. */
    static void assumeAvailable() {
        boolean ready = Files.isExecutable(EXECUTABLE) && Files.isRegularFile(AXE);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(ready, "CI must provide " + EXECUTABLE + " and " + AXE + " (see .ci/run)");
        }
        assumeTrue(ready, "needs " + EXECUTABLE + " and " + AXE + ": run 'bash .ci/run', or apt-get install chromium and npm ci");
    }

    static Chromium launch() {
        assumeAvailable();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Page newPage() {
        return browser.newPage();
    }

    /**
     * Runs axe-core on the page at WCAG 2.2 AA and returns its violations, one line per rule with up to three of
     * the elements at fault; also checks that axe really ran some rules.
     */
    static List<?> violations(Page page) {
        try {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object result = page.evaluate("async tags => { const r = await axe.run(document, "
                + "{ runOnly: { type: 'tag', values: tags } }); return { passes: r.passes.length, violations: "
                + "r.violations.map(v => v.id + ': ' + v.help + ' (' + v.impact + ') at ' + v.nodes.slice(0, 3)"
                + ".map(n => n.target.join(' ') + ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']').join(', ')) }; }",
                WCAG_22_AA);
        Map<?, ?> summary = (Map<?, ?>) result;
        int passes = ((Number) summary.get("passes")).intValue();
        assertTrue(passes >= 5, "axe really ran its rules on " + page.url() + ": " + passes + " passed");
        return (List<?>) summary.get("violations");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
