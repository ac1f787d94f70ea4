package org.committeepapers.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.committeepapers.TestContent;
import org.committeepapers.serve.PreviewServer;
import org.committeepapers.serve.SourceWatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officers' preview in a real browser: {@code papers serve}'s server and file watcher on a copy of the
 * shipped content, a page open in Chromium, and the sources edited on disk. The page must follow each save by
 * itself (the test never reloads it), lay the errors over the last good version when the content breaks, drop
 * them when it is fixed, and pass axe-core at WCAG 2.2 AA with the preview's own additions in place.
 */
@org.junit.jupiter.api.extension.ExtendWith(BrowserNeeded.class)
class PreviewBrowserTest {
    private static final String PAPER = TestContent.PAPER_SLUG;
    private static final String CARS = TestContent.PAPER + "block-cars.md";
    private static final double WAIT_MILLIS = 60_000;

    @TempDir
    static Path temp;

    static Chromium chromium;
    static TestContent content;
    static PreviewServer server;
    static SourceWatcher watcher;

    @BeforeAll
    static void start() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        content = TestContent.copyOfShipped(temp);
        server = new PreviewServer(content.root(), Path.of("templates"), 0);
        assertTrue(server.errors().isEmpty(), String.valueOf(server.errors()));
        watcher = server.watch(() -> { });
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    private static LocatorAssertions.ContainsTextOptions patiently() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MILLIS);
    }

    @Test
    void thePageFollowsEachSaveAndShowsErrorsOverTheLastGoodVersion() {
        String original = content.read(CARS);
        try (Page page = chromium.newPage()) {
            AtomicInteger loads = new AtomicInteger();
            page.onLoad(p -> loads.incrementAndGet());
            page.navigate(url(PAPER + "/block-cars.html"));
            Locator main = page.locator("main");
            assertThat(main).containsText("Currently we commission 26 block homecare cars");
            int loadsBefore = loads.get();
            // Set on this document only: gone after a reload, so its absence proves the page reloaded itself.
            page.evaluate("() => { window.papersTestMark = true; }");

            content.replace(CARS, "Currently we commission", "At present we commission");
            assertThat(main).containsText("At present we commission 26 block homecare cars", patiently());
            assertEquals(Boolean.FALSE, page.evaluate("() => window.papersTestMark === true"), "the page reloaded itself");
            assertTrue(loads.get() > loadsBefore, "the page was loaded again by its own script");
            assertEquals(0, page.locator("#papers-errors").count(), "no errors shown while the content is good");

            // A broken front matter: the last good page stays, with the errors laid over it.
            content.replace(CARS, "category: Savings", "category: Savings: x");
            String at = content.file(CARS) + ":" + content.lineOf(CARS, "category: Savings: x") + ":";
            Locator overlay = page.locator("#papers-errors");
            assertThat(overlay).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MILLIS));
            assertThat(overlay).containsText(at, patiently());
            assertThat(overlay).containsText("error: YAML syntax error");
            assertThat(overlay).containsText("category: Savings: x");
            int errors = server.errors().size();
            assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("The content has " + errors
                    + (errors == 1 ? " error;" : " errors;"));
            assertThat(main).containsText("At present we commission", patiently());
            assertEquals(List.of(), Chromium.violations(page), "axe at WCAG 2.2 AA with the error overlay shown");

            // Fixed: the overlay goes by itself and the page shows the fixed content.
            content.replace(CARS, "category: Savings: x", "category: Savings");
            assertThat(overlay).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MILLIS));
            assertThat(main).containsText("At present we commission 26 block homecare cars", patiently());
        } finally {
            if (content.read(CARS).contains("Savings: x")) {
                // Failed half-way: leave valid content for the other tests, once rebuilt.
                content.write(CARS, original);
                long deadline = System.currentTimeMillis() + (long) WAIT_MILLIS;
                while (!server.errors().isEmpty() && System.currentTimeMillis() < deadline) {
                    Thread.onSpinWait();
                }
            }
        }
    }

    @Test
    void thePreviewsPagesPassAxeAtWcag22AA() {
        for (String path : List.of("", PAPER + "/", PAPER + "/block-cars.html", PAPER + "/invest-to-save.html",
                "packs/business-cases.html")) {
            try (Page page = chromium.newPage()) {
                page.navigate(url(path));
                assertTrue(page.content().contains("new EventSource("), "the preview's reload script is on " + path);
                assertEquals(List.of(), Chromium.violations(page), "axe at WCAG 2.2 AA on the preview of /" + path);
                assertEquals("en-GB", page.getAttribute("html", "lang"));
            }
        }
    }

    @Test
    void aPageThatIsNotThereSaysSoAndPassesAxe() {
        try (Page page = chromium.newPage()) {
            var response = page.navigate(url(PAPER + "/not-yet-written.html"));
            assertEquals(404, response.status());
            assertThat(page.locator("h1")).containsText("Not found");
            assertEquals(List.of(), Chromium.violations(page), "axe on the preview's not-found page");
        }
    }
}
