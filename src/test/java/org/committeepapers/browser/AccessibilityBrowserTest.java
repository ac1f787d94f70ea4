package org.committeepapers.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens the built pages in Debian's Chromium and runs axe-core at WCAG 2.2 AA. Needs /usr/bin/chromium and
 * node_modules/axe-core (both installed by .ci/run); without them the test is skipped locally, but in CI
 * (CI=true) their absence is a failure, so the check can never silently stop running (see {@link Chromium}).
 */
@org.junit.jupiter.api.extension.ExtendWith(BrowserNeeded.class)
class AccessibilityBrowserTest {
    static final Path AXE = Chromium.AXE;
    static final List<String> WCAG_22_AA = Chromium.WCAG_22_AA;

    static Path site;
    static Chromium browser;

    @BeforeAll
    static void buildAndLaunch() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        // The shipped site, built once per test run and shared (read only) with the other tests that need one.
        site = TestContent.shippedSiteOnDisk();
        browser = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A control: the same check must find the faults of a deliberately bad page. */
    @org.junit.jupiter.api.Test
    void theCheckFindsViolationsInABadPage() throws Exception {
        try (Page page = browser.newPage()) {
            page.setContent("<html><head><title>x</title></head><body><h3>Skipped levels</h3>"
                    + "<table><tr><td>1</td></tr></table><img src='x.png'><a href='#'></a></body></html>");
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(AXE)));
            Object violations = page.evaluate("async tags => (await axe.run(document, { runOnly: { type: 'tag', "
                    + "values: tags } })).violations.map(v => v.id)", WCAG_22_AA);
            assertTrue(((List<?>) violations).containsAll(List.of("html-has-lang", "image-alt", "link-name")),
                    String.valueOf(violations));
        }
    }

    static final int[] WIDTHS = {320, 390, 1280};
    private static final String OVERFLOW = "width => { if (innerWidth !== width) return 'laid out ' + innerWidth + ' px wide, "
            + "not ' + width; const d = document.documentElement; if (d.scrollWidth <= innerWidth) "
            + "return null; return 'the page is ' + d.scrollWidth + ' > ' + innerWidth + ' wide, because of ' + [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > innerWidth + 0.5 && (!e.closest('.table-wrap') "
            + "|| getComputedStyle(e).position === 'absolute'))"
            + ".slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', '); }";

    private static Map<Integer, List<String>> failuresByWidth;

    /**
     * Every built page, at a phone's 320 and 390 px and a laptop's 1280 px: no axe-core violation at WCAG 2.2 AA,
     * and nothing wider than the screen (a page that scrolls sideways fails reflow, WCAG 1.4.10). Every failure
     * of every page is reported at once.
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {320, 390, 1280})
    void everyPageIsAccessibleAndFitsTheScreen(int width) throws Exception {
        List<String> failures = everyPageAtEveryWidth().get(width);
        assertEquals(List.of(), failures, failures.size() + " failures at " + width + " px");
    }

    /**
     * One pass over the pages for all three widths: each page is loaded and given axe-core once, then laid out
     * at each width in turn (the viewport changes; the site's layout is CSS alone, no script reads the width) and
     * checked as laid out then. Loading and parsing axe for every page at every width was most of the time.
     */
    private static synchronized Map<Integer, List<String>> everyPageAtEveryWidth() throws Exception {
        if (failuresByWidth != null) {
            return failuresByWidth;
        }
        List<String> pages;
        try (var walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertTrue(pages.size() >= 40, "every page is checked: " + pages);
        Map<Integer, List<String>> failures = new TreeMap<>();
        for (int width : WIDTHS) {
            failures.put(width, new ArrayList<>());
        }
        try (Page page = browser.newPage()) {
            for (String path : pages) {
                page.setViewportSize(WIDTHS[0], 800);
                page.navigate(site.resolve(path).toUri().toString());
                assertEquals("en-GB", page.getAttribute("html", "lang"), path);
                Chromium.injectAxe(page);
                for (int width : WIDTHS) {
                    if (width != WIDTHS[0]) {
                        page.setViewportSize(width, 800);
                    }
                    List<String> here = failures.get(width);
                    Chromium.violationsAgain(page).forEach(v -> here.add(path + ": " + v));
                    Object overflow = page.evaluate(OVERFLOW, width);
                    if (overflow != null) {
                        here.add(path + ": " + overflow);
                    }
                }
            }
        }
        failuresByWidth = failures;
        return failures;
    }

    /** The search page in a real browser: a query in the address finds a case, the count is announced, axe passes. */
    @org.junit.jupiter.api.Test
    void searchFindsCasesAndMeetingsInTheBrowser() {
        try (Page page = browser.newPage()) {
            page.setViewportSize(390, 800);
            page.navigate(site.resolve("search.html").toUri() + "?q=invest%20sav");
            page.waitForFunction("() => document.getElementById('search-status').textContent.length > 0");
            String status = page.textContent("#search-status");
            assertTrue(status.matches("\\d+ results? for \u201cinvest sav\u201d"), status);
            List<String> found = page.locator("#search-results a").all().stream().map(a -> a.getAttribute("href")).toList();
            assertTrue(found.contains("adults-and-health-business-cases/invest-to-save.html"), String.valueOf(found));
            assertTrue(page.isHidden("#search-listing"), "results replace the plain listing");
            page.fill("#search-q", "Red Kite Room");
            page.press("#search-q", "Enter");
            page.waitForFunction("() => document.getElementById('search-status').textContent.includes('Red Kite')");
            List<String> meetings = page.locator("#search-results a").all().stream().map(a -> a.getAttribute("href")).toList();
            assertTrue(meetings.contains("meetings/adults-and-health-2024-01-18.html"), String.valueOf(meetings));
            assertEquals(List.of(), Chromium.violations(page));
            page.fill("#search-q", "zzzqqqxxx");
            page.press("#search-q", "Enter");
            page.waitForFunction("() => document.getElementById('search-status').textContent.startsWith('0 results')");
        }
    }
}
