package org.committeepapers.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "adults-and-health-business-cases/index.html",
            "adults-and-health-business-cases/invest-to-save.html", "adults-and-health-business-cases/block-cars.html",
            "adults-and-health-business-cases/vacancy-factor.html", "committees/adults-and-health.html",
            "adults-and-health-temporary-funding-2022-23/index.html", "adults-business-cases-2018-19/index.html",
            "adult-social-care-savings-2021-22/index.html", "packs/business-cases.html",
            "meetings/adults-and-health-2024-01-18.html"})
    void noAxeViolationsAtWcag22AA(String path) throws Exception {
        try (Page page = browser.newPage()) {
            page.navigate(site.resolve(path).toUri().toString());
            // One axe run: Chromium.violations also checks that it really ran its rules.
            assertEquals(List.of(), Chromium.violations(page), path);
            assertEquals("en-GB", page.getAttribute("html", "lang"));
        }
    }
}
