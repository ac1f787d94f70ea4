package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.committeepapers.print.PdfText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The shipped illustrative draft (draft: true): the one place the shipped content shows a Pressure case and a
 * figure not yet costed ("TBC"). The preview and {@code check} show it with its warning; the published site,
 * and so the nightly {@code --strict} build, leave it out and stay free of warnings.
 */
class ShippedDraftTest {
    static final String DRAFT = TestContent.DRAFT_SLUG;
    static final String CASE = DRAFT + "/older-people-demand.html";

    private static Pipeline.Result preview() throws Exception {
        return TestContent.shippedPreview();
    }

    private static Document page(Pipeline.Result result, String path) {
        return Jsoup.parse(new String(result.files().get(path), StandardCharsets.UTF_8));
    }

    @Test
    void thePreviewShowsTheTbcCellAndTheTotalsFootnote() throws Exception {
        Pipeline.Result preview = preview();
        for (String path : List.of(CASE, DRAFT + "/index.html")) {
            Document page = page(preview, path);
            Element finance = page.select("table").stream()
                    .filter(t -> t.select("th").eachText().contains("Demographic demand")).findFirst().orElseThrow();
            List<String> row = finance.select("tr:has(th:containsOwn(Demographic demand)) > *").eachText();
            assertEquals(List.of("Demographic demand", "1,250", "1,309", "1,375", "1,440", "TBC", "5,374"), row,
                    path + ": the marker is printed as written, and the row total leaves it out");
            assertTrue(page.select("p.table-note").eachText().contains("Totals exclude 1 cell not yet costed."),
                    path + ": " + page.select("p.table-note").eachText());
        }
        String text = page(preview, CASE).text();
        assertTrue(text.contains("it is shown as “TBC” and left out of the totals"), text);
        assertTrue(text.contains("its figures are made up and are not the Council’s"), "says it is an example");

        String pdf = String.join("\n", PdfText.pages(preview.printable().get(DRAFT + "/" + DRAFT + ".pdf").get()));
        assertTrue(pdf.contains("TBC"), pdf);
        assertTrue(pdf.contains("Totals exclude 1 cell not yet costed."), pdf);
    }

    @Test
    void thePressureShowsUnderAPressureCategoryTotal() throws Exception {
        Pipeline.Result preview = preview();
        assertEquals(List.of("Pressure, 5,374 (£000). Part of Appendix 1, Adults and Health Committee, meeting of 14 January 2027."),
                page(preview, CASE).select("p:containsOwn(Part of Appendix 1)").eachText());
        Element summary = page(preview, "committees/adults-and-health.html")
                .getElementById("committee-summary-" + DRAFT);
        List<String> rows = summary.select("tbody tr").eachText();
        assertEquals(List.of("Pressure",
                "Older people's demand pressure (example) Appendix 1: Draft Business Cases for Adults and Health 2027-28 (illustrative example) 5,374",
                "Total pressure 5,374", "Total of this paper 5,374"), rows);
    }

    @Test
    void checkWarnsOfTheTbcCellOnce() throws Exception {
        Pipeline.Result check = Pipeline.run(Pipeline.Options.of(TestContent.SHIPPED, Path.of("templates"), Pipeline.Output.CHECK));
        assertEquals(1, check.warnings().size(), check.warnings().toString());
        var warning = check.warnings().get(0);
        assertTrue(warning.message().startsWith("'TBC' stands in for a figure not yet costed"), warning.message());
        assertTrue(warning.position().file().displayName().endsWith(DRAFT + "/older-people-demand.md"), warning.toString());
    }

    @Test
    void thePublishedSiteLeavesTheDraftOutAndHasNoWarnings() throws Exception {
        Pipeline.Result site = TestContent.shippedSite();
        assertTrue(site.warnings().isEmpty(), "so the nightly --strict build publishes: " + site.warnings());
        assertFalse(site.site().papers().stream().anyMatch(p -> p.paper().slug().equals(DRAFT)));
        for (var file : site.files().entrySet()) {
            assertFalse(file.getKey().startsWith(DRAFT + "/"), file.getKey());
            if (file.getKey().endsWith(".html") || file.getKey().endsWith(".json")) {
                assertFalse(new String(file.getValue(), StandardCharsets.UTF_8).contains("illustrative example"), file.getKey());
            }
        }
    }
}
