package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.committeepapers.problem.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column types, units, percentages, not-costed cells and the display of savings, read back from the web
 * pages of the shipped content (and of copies changed to show one feature each).
 */
class FigureTypesTest {
    @TempDir
    Path temp;

    private static Pipeline.Result pages(Path content) {
        try {
            return Pipeline.run(Pipeline.Options.of(content, Path.of("templates"), Pipeline.Output.PREVIEW));
        } catch (ContentException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static Document page(Pipeline.Result result, String path) {
        byte[] bytes = result.files().get(path);
        assertTrue(bytes != null, "no page " + path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<String> row(Element table, String kind, int index) {
        Element tr = table.select("tbody tr." + kind).get(index).clone();
        tr.select(".visually-hidden").remove();
        return tr.select("th, td").stream().map(Element::text).toList();
    }

    @Test
    void aPercentageIncreaseIsComputedFromTheRatesItCompares() {
        Document rlw = page(pages(TestContent.SHIPPED), TestContent.PAPER.replace("papers/", "") + "real-living-wage.html");
        assertTrue(rlw.text().contains("from £10.90 per hour to £12 per hour outside London (a 10.1% increase)"), rlw.text());
        Element wage = rlw.select("table.figures").stream().filter(t -> t.id().endsWith("wage")).findFirst().orElseThrow();
        assertEquals(List.of("2023-24", "£10.90"), row(wage, "data", 0));
        assertEquals(List.of("Increase", "10.1%"), row(wage, "derived", 0));
    }

    @Test
    void ratesAndPercentagesAreNeverTotalledAndCountsNeverGetAPoundSign() {
        Pipeline.Result result = pages(TestContent.SHIPPED);
        Document brief = page(result, "adults-business-cases-2018-19/ar-6-173.html");
        Element option2 = brief.select("table.figures").stream().filter(t -> t.id().endsWith("option2")).findFirst()
                .orElseThrow();
        assertEquals(List.of("17-18", "333.5", "£13.83", "100%", "120,243"), row(option2, "data", 0));
        assertEquals(List.of("21-22", "NA", "NA", "NA", "27,652"), row(option2, "data", 4));
        assertEquals(List.of("Total over whole period", "2,001", "", "", "791,487"), row(option2, "total", 0));
        Document benefits = page(result, "adults-business-cases-2018-19/ar-7-109.html");
        assertTrue(benefits.text().contains("increased by up to £27.45 per week"), benefits.text());
        assertTrue(benefits.text().contains("Weekly increase £27.45 x 159 = £4,365"), benefits.text());
    }

    @Test
    void quantityTimesRateRowsAndFiguresFromAnotherTable() {
        TestContent content = TestContent.copyOfShipped(temp);
        content.replace(TestContent.PAPER + "block-cars.md", "    total: Total cars\n", """
                    total: Total cars
                  drivers:
                    caption: Drivers and their allowance
                    units: £
                    columns:
                      - { key: team, label: Team }
                      - { key: drivers, label: Drivers, type: count }
                      - { key: allowance, label: Allowance each, type: rate }
                      - { key: cost, label: Cost, derive: drivers * allowance }
                      - { key: share, label: Share of cars, type: percentage, decimals: 1, derive: drivers / cars.total.count }
                    rows:
                      - [East, 4, 120.50, null, null]
                      - [South, 3, 99.99, null, null]
                      - { label: Twice the cars, derive: cars.total.count * 2 }
                    total: Total
                """);
        content.replace(TestContent.PAPER + "block-cars.md", "{{ table cars }}", "{{ table cars }}\n\n{{ table drivers }}");
        Document cars = page(pages(content.root()), TestContent.PAPER.replace("papers/", "") + "block-cars.html");
        Element drivers = cars.select("table.figures").stream().filter(t -> t.id().endsWith("drivers")).findFirst()
                .orElseThrow();
        assertEquals(List.of("East", "4", "£120.50", "482.00", "15.4%"), row(drivers, "data", 0));
        assertEquals(List.of("Twice the cars", "52"), row(drivers, "derived", 0).subList(0, 2));
        assertEquals(List.of("Total", "7", "", "781.97", ""), row(drivers, "total", 0));
    }

    @Test
    void aNotCostedCellIsLeftOutOfTheTotalWhichSaysSo() {
        TestContent content = TestContent.copyOfShipped(temp);
        content.replace(TestContent.PAPER + "reablement.md", "2025-26: -465", "2025-26: TBC");
        content.replace(TestContent.PAPER + "reablement.md", "finance.total: -945", "finance.total: -480");
        Pipeline.Result result = pages(content.root());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().startsWith("'TBC' stands in for a figure not yet costed")),
                result.warnings().toString());
        Document page = page(result, TestContent.PAPER.replace("papers/", "") + "reablement.html");
        Element finance = page.select("table.figures").first();
        assertTrue(row(finance, "data", 0).contains("TBC"), row(finance, "data", 0).toString());
        assertEquals("\u2212480", row(finance, "total", 0).get(row(finance, "total", 0).size() - 1));
        assertEquals("Totals exclude 1 cell not yet costed.", finance.parent().selectFirst("p.table-note").text());
    }

    @Test
    void savingsShownAsPositiveIsADisplayRuleOnly() {
        TestContent content = TestContent.copyOfShipped(temp);
        content.replace("site.yaml", "  year_label:", "  savings_shown_as: positive\n  year_label:");
        content.replace(TestContent.PAPER + "paper.yaml", "  total: Net total", "  total: Net total\n  group_by: category");
        Pipeline.Result result = pages(content.root());
        assertEquals(-2341, TestContent.paper(result, TestContent.PAPER_SLUG).summaryTotal().value().intValueExact());
        Element summary = page(result, TestContent.PAPER.replace("papers/", "") + "index.html").getElementById("summary");
        List<String> subtotals = summary.select("tr.subtotal td.num").eachText();
        assertEquals(List.of("500", "2,258", "4,078", "1,021"), subtotals, "investment, invest to save, savings, income");
        assertEquals("\u22122,341", summary.selectFirst("tr.total td.num").text());
    }
}
