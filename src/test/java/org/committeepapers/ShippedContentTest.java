package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedProposal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped seed-000 appendix: its figures are computed from the sources and printed as the issue requires. */
class ShippedContentTest {
    private static Pipeline.Result result;
    private static Document appendix;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        appendix = page(TestContent.PAPER.replace("papers/", "") + "index.html");
    }

    static Document page(String path) {
        byte[] bytes = result.files().get(path);
        assertTrue(bytes != null, "no output " + path + " among " + result.files().keySet());
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void summaryAmountsAreComputedFromEachProposal() {
        ComputedPaper paper = TestContent.paper(result, TestContent.PAPER_SLUG);
        List<BigDecimal> amounts = paper.proposals().stream().map(p -> p.amount().value()).toList();
        assertEquals(List.of(500, 3234, -976, -2573, -945, -560, -1021),
                amounts.stream().map(BigDecimal::intValueExact).toList());
        assertEquals(-2341, paper.summaryTotal().value().intValueExact());
    }

    @Test
    void summaryTableShowsAmountsInTheSitesNegativeStyle() {
        Element summary = appendix.getElementById("summary");
        List<String> amounts = summary.select("tbody tr.data td.num").eachText();
        assertEquals(List.of("500", "3,234", "\u2212976", "\u22122,573", "\u2212945", "\u2212560", "\u22121,021"), amounts);
        assertEquals("\u22122,341", summary.selectFirst("tr.total td.num").text());
        assertEquals("Summary of business cases", summary.selectFirst("caption").text());
    }

    @Test
    void investToSaveBreakdownTotalIsComputedNotTheMisprint() {
        Element schemes = appendix.getElementById("invest-to-save-schemes");
        Element total = schemes.selectFirst("tr.total");
        assertEquals("TOTAL", total.selectFirst("th").text());
        List<String> cells = total.select("td.num").eachText();
        assertEquals("3,234", cells.get(0), "TOTAL investment");
        assertEquals(List.of("\u22126,465", "\u22124,074", "\u22122,302", "\u2212412"), cells.subList(1, 5));
    }

    @Test
    void proseFiguresComeFromTheTables() {
        Element narrative = appendix.getElementById("invest-to-save").parent().selectFirst(".narrative");
        String text = narrative.text();
        assertTrue(text.contains("£3.234m of investment is required"), text);
        assertTrue(text.contains("£2.320m of Just Transition Funding and £914k of Adults reserves"), text);
        assertTrue(page("adults-and-health-business-cases/block-cars.html").text()
                .contains("Currently we commission 26 block homecare cars"));
    }

    @Test
    void derivedAndTotalRowsOfNarrativeTables() {
        Document cars = page("adults-and-health-business-cases/block-cars.html");
        Element total = cars.getElementById("block-cars-cars").selectFirst("tr.total");
        assertEquals("Total cars", total.selectFirst("th").text());
        assertEquals("26", total.selectFirst("td.num").text());

        Document vacancy = page("adults-and-health-business-cases/vacancy-factor.html");
        Element variance = vacancy.getElementById("vacancy-factor-history").selectFirst("tr.derived");
        assertEquals(List.of("\u2212326,155", "\u22121,162,216", "\u22121,734,198"), variance.select("td.num").eachText());
    }

    @Test
    void financeTablesHaveComputedTotalRowAndColumn() {
        ComputedProposal reablement = TestContent.paper(result, TestContent.PAPER_SLUG).proposals().get(4);
        assertEquals("reablement", reablement.proposal().slug());
        Element finance = appendix.getElementById("reablement-finance");
        List<String> header = finance.select("thead th").eachText();
        assertEquals(List.of("Type", "2023-24", "2024-25", "2025-26", "2026-27", "2027-28", "2028-29", "Total"), header);
        assertEquals(List.of("0", "\u2212480", "\u2212465", "0", "0", "0", "\u2212945"),
                finance.selectFirst("tr.total").select("td").eachText());
    }

    @Test
    void directPaymentsInvestmentRequiredIsComputedNotTheMisprint() {
        Element table = page("adults-and-health-temporary-funding-2022-23/direct-payments.html")
                .getElementById("direct-payments-investment");
        Element required = table.select("tr.derived").stream().filter(r -> r.text().startsWith("Investment Required"))
                .findFirst().orElseThrow();
        assertEquals(List.of("222.333", "\u22126.079", "\u221231.831", "\u221260.160"),
                required.select("td.num").eachText().subList(0, 4));
    }

    @Test
    void careTogetherGrandTotalAndRoundedHeadline() {
        Document page = page("adults-and-health-temporary-funding-2022-23/care-together.html");
        Element investment = page.getElementById("care-together-investment");
        List<String> total = investment.selectFirst("tr.total").select("td.num").eachText();
        assertEquals("£2,913,608", total.get(total.size() - 1));
        assertEquals("£689k", page.selectFirst("table.headlines td.num").text());
        assertTrue(page.selectFirst("table.headlines").text().contains("rounded to the nearest £1,000"));
    }

    @Test
    void allSeventeenProjectBriefs() {
        ComputedPaper briefs = TestContent.paper(result, "adults-business-cases-2018-19");
        assertEquals(17, briefs.proposals().size());
        assertEquals(-16489, briefs.summaryTotal().value().intValueExact(), "the 17 headline savings add up to £16,489K");
        Document page = page("adults-business-cases-2018-19/index.html");
        assertEquals(17, page.select("section.proposal").size());
        assertTrue(page.select("h4.question").eachText().contains("Why do we need to undertake this project?"));
    }

    @Test
    void savingsScheduleSubtotalsAndTotalAreComputed() {
        Element savings = page("adult-social-care-savings-2021-22/budget-and-improvement-plan.html")
                .getElementById("budget-and-improvement-plan-savings");
        assertEquals(List.of("\u22124,382,000", "\u22122,599,000", "\u2212684,000", "\u22123,053,000"),
                savings.select("tr.subtotal td.num").eachText());
        assertEquals("\u221210,718,000", savings.selectFirst("tr.total td.num").text());
        assertEquals(-10718, TestContent.paper(result, "adult-social-care-savings-2021-22").summaryTotal().value().intValueExact());
    }

    @Test
    void committeeSummaryAddsUpEachPaperOnItsOwnAndNeverAcrossBudgetRounds() {
        Document page = page("committees/adults-and-health.html");
        assertTrue(page.text().contains("There is no total across papers"), page.text());
        assertTrue(page.select("tr.total").eachText().stream().noneMatch(t -> t.startsWith("Total of all papers")));
        int papers = 0;
        for (ComputedPaper paper : result.site().papers()) {
            if (!paper.paper().committeeId().equals("adults-and-health")) {
                continue;
            }
            papers++;
            Element summary = page.getElementById("committee-summary-" + paper.paper().slug());
            assertNotNull(summary, paper.paper().slug());
            Map<String, Integer> expected = new java.util.LinkedHashMap<>();
            int total = 0;
            for (ComputedProposal p : paper.proposals()) {
                expected.merge(p.proposal().category(), p.amount().value().intValueExact(), Integer::sum);
                total += p.amount().value().intValueExact();
            }
            List<String> subtotals = summary.select("tr.subtotal").eachText();
            for (Map.Entry<String, Integer> category : expected.entrySet()) {
                String figure = String.format("%,d", Math.abs(category.getValue()));
                String shown = "Total " + category.getKey().toLowerCase() + " " + (category.getValue() < 0 ? "\u2212" : "") + figure;
                assertTrue(subtotals.contains(shown), shown + " in " + subtotals);
            }
            String grand = (total < 0 ? "\u2212" : "") + String.format("%,d", Math.abs(total));
            assertEquals("Total of this paper " + grand, summary.selectFirst("tr.total").text());
        }
        assertEquals(2, papers, "the 2024-25 business cases and the 2022-23 temporary funding, each on its own");
    }

    @Test
    void everyPageIsSemanticAndAccessible() {
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Document page = page(file.getKey());
            String where = file.getKey();
            assertEquals("en-GB", page.selectFirst("html").attr("lang"), where);
            assertTrue(!page.title().isBlank(), where + " has a title");
            assertEquals(1, page.select("h1").size(), where + " has one h1");
            int previous = 0;
            for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
                int level = Integer.parseInt(heading.tagName().substring(1));
                assertTrue(level <= previous + 1, where + ": " + heading.tagName() + " '" + heading.text()
                        + "' follows h" + previous);
                previous = level;
            }
            for (Element table : page.select("table")) {
                assertTrue(table.selectFirst("caption") != null, where + ": table without caption");
            }
            for (Element th : page.select("th")) {
                assertTrue(List.of("col", "row", "colgroup", "rowgroup").contains(th.attr("scope")),
                        where + ": th without scope: " + th);
            }
            for (Element a : page.select("a[href^=#]")) {
                String id = a.attr("href").substring(1);
                assertTrue(page.getElementById(id) != null, where + ": link to missing #" + id);
            }
            assertTrue(page.select("[id]").eachAttr("id").stream().distinct().count()
                    == page.select("[id]").size(), where + ": duplicate ids");
        }
    }

    @Test
    void linksBetweenPagesResolve() {
        for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Path base = Path.of(file.getKey()).getParent();
            for (Element a : page(file.getKey()).select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("#") || href.matches("[a-z][a-z0-9+.-]*:.*")) { // another site, mailto:, tel:
                    continue;
                }
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String resolved = (base == null ? Path.of(target) : base.resolve(target)).normalize().toString();
                assertTrue(result.files().containsKey(resolved), file.getKey() + " links to missing " + href);
            }
        }
    }
}
