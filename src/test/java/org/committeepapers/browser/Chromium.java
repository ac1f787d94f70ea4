package org.committeepapers.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;

/**
 * Chromium driven by Playwright (never a downloaded browser), with axe-core, for the browser tests. Chromium is
 * the file CHROMIUM_PATH names, else the first of chromium, chromium-browser, google-chrome and
 * google-chrome-stable on the PATH; axe-core comes from node_modules (npm ci). Without them the tests are
 * reported as skipped with the reason ({@link BrowserNeeded}), but in CI (CI=true) their absence is a failure, so
 * the checks can never silently stop running.
 */
final class Chromium implements AutoCloseable {
    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The browser to drive: CHROMIUM_PATH when set, else the first of {@link #NAMES} on the PATH. */
    static Optional<Path> executable(Map<String, String> env) {
        String given = env.get("CHROMIUM_PATH");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        for (String dir : env.getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> missing() {
        Map<String, String> env = System.getenv();
        if (executable(env).isEmpty()) {
            String given = env.get("CHROMIUM_PATH");
            return Optional.of(given != null && !given.isBlank() ? "CHROMIUM_PATH=" + given + " is not an executable file"
                    : "no Chromium: none of " + String.join(", ", NAMES) + " is on the PATH and CHROMIUM_PATH is not set "
                    + "(Debian: apt-get install chromium; or run 'bash .ci/run')");
        }
        if (!Files.isRegularFile(AXE)) {
            return Optional.of("no " + AXE + ": run 'npm ci' (or 'bash .ci/run')");
        }
        return Optional.empty();
    }

    static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    /**
     * For a test class's setup: false (do nothing; {@link BrowserNeeded} reports each test as skipped) when the
     * browser is missing here; in CI, a missing browser fails instead.
     */
    static boolean available() {
        Optional<String> missing = missing();
        if (inCi()) {
            assertTrue(missing.isEmpty(), "CI must provide the browser tests' needs: " + missing.orElse(""));
        }
        return missing.isEmpty();
    }

    static Chromium launch() {
        assertTrue(available(), missing().orElse(""));
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable(System.getenv()).orElseThrow())
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
        injectAxe(page);
        return violationsAgain(page);
    }

    /** Puts axe-core into the loaded page, once; {@link #violationsAgain} may then run it as often as needed. */
    static void injectAxe(Page page) {
        try {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #violations}, on a page that already holds axe-core: after a change of viewport, say, the page is
     * checked again as laid out now. Only violations are reported in full ({@code resultTypes}), which spares axe
     * listing every passing element; each passed rule still counts once.
     */
    static List<?> violationsAgain(Page page) {
        Object result = page.evaluate("async tags => { const r = await axe.run(document, "
                + "{ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }); return { passes: r.passes.length, violations: "
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
