package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedPack;
import org.committeepapers.print.PdfText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, points 7, 8 and 10, read back from the shipped site (web pages with jsoup, PDFs with PDFBox, the
 * open data with Jackson's CSV and JSON readers): rounding stated where it happens and only there, a joint
 * case's double counting explained, and every figure published as open data with its source line.
 */
class RoundingTotalsAndOpenDataTest {
    private static final String TEMPORARY = "adults-and-health-temporary-funding-2022-23/";
    private static final String BUSINESS = TestContent.PAPER_SLUG + "/";

    private static Pipeline.Result site() throws Exception {
        return TestContent.shippedSite();
    }

    private static Document page(String path) throws Exception {
        byte[] bytes = site().files().get(path);
        assertNotNull(bytes, "no file " + path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static String pdfText(String path) throws Exception {
        return String.join("\n", PdfText.pages(site().files().get(path))).replaceAll("\\s+", " ");
    }

    private static List<Map<String, String>> csv(String path) throws Exception {
        byte[] bytes = site().files().get(path);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcase,table,row,column,value,unit,computed,source_file,source_line\r\n"), text);
        assertTrue(!text.replace("\r\n", "").contains("\n"), "every record ends with CRLF (RFC 4180)");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String proposal, String table, String row,
            String column) {
        return rows.stream().filter(r -> r.get("case").equals(proposal) && r.get("table").equals(table)
                && r.get("row").equals(row) && r.get("column").equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError(proposal + "/" + table + "/" + row + "/" + column + " not in " + rows));
    }

    @Test
    void aSummaryOfAmountsRoundedFromPoundsSaysSoAndOnlyThere() throws Exception {
        Element note = page(TEMPORARY + "index.html").getElementById("summary").parent().selectFirst("p.table-note");
        assertNotNull(note);
        assertTrue(note.text().contains("Costed in pounds and shown in £000 rounded to the nearest £1,000: "
                + "Care Together (£2,913,608), Expansion of Direct Payments (£222,333)."), note.text());
        assertTrue(note.text().contains("Totals add up the amounts as shown"), note.text());
        // The business cases are all typed in £000: nothing is rounded, so nothing is said.
        Element exact = page(BUSINESS + "index.html").getElementById("summary").parent();
        assertTrue(exact.select("p.table-note").isEmpty(), exact.outerHtml());
        // The committee page's table of that paper, and the PDF, say it too.
        assertTrue(page("committees/adults-and-health.html").getElementById("committee-summary-" + TEMPORARY.replace("/", ""))
                .parent().text().contains("Care Together (£2,913,608)"));
        assertTrue(pdfText(TEMPORARY + "adults-and-health-temporary-funding-2022-23.pdf")
                .contains("Care Together (£2,913,608)"));
    }

    @Test
    void aTextWhoseFiguresWereRoundedStatesTheRule() throws Exception {
        Element rlw = page(BUSINESS + "real-living-wage.html").selectFirst("p.rounding-note");
        assertNotNull(rlw, "10.1% is a rounded 0.10091…");
        assertTrue(rlw.text().startsWith("Figures in the text are rounded: % 1dp to 1 decimal place."), rlw.text());
        assertTrue(!rlw.text().contains("£ 2dp"), "£10.90 is shown exactly: " + rlw.text());
        assertNull(page(BUSINESS + "block-cars.html").selectFirst("p.rounding-note"), "26 cars is exact");
        Element pip = page("adults-business-cases-2018-19/ar-7-109.html").selectFirst("p.rounding-note");
        assertTrue(pip.text().contains("£ to the nearest £1"), "£4,364.55 printed as £4,365: " + pip.text());
        assertTrue(pdfText(BUSINESS + TestContent.PAPER_SLUG + ".pdf")
                .contains("Figures in the text are rounded: % 1dp to 1 decimal place."));
    }

    @Test
    void theSummaryOfAPackNamesTheJointCaseCountedInTwoSections() throws Exception {
        ComputedPack pack = site().site().packs().get(0);
        BigDecimal sections = pack.committees().stream().flatMap(c -> c.sections().stream())
                .map(s -> s.total().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(sections.compareTo(pack.total().value()) != 0, "the joint case is in two sections' totals");
        String expected = "Mental Health residential and community (sections 4a and 4c). Each section's total includes it, "
                + "but the total of the pack counts it once, so the section totals add up to "
                + String.format("\u2212%,d", sections.negate().intValueExact()) + " (£000), not "
                + String.format("\u2212%,d", pack.total().value().negate().intValueExact()) + ".";
        Element note = page("packs/business-cases.html").getElementById("pack-summary").parent().selectFirst("p.table-note");
        assertTrue(note.text().contains(expected), note.text() + "\nexpected: " + expected);
        String pdf = pdfText("packs/business-cases.pdf");
        assertTrue(pdf.contains("Mental Health residential and community is a joint case, also counted in section 4c"), pdf);
        assertTrue(pdf.contains("also counted in section 4a; the total of the pack counts it once"), pdf);
    }

    @Test
    void everyFigureOfAPaperIsOpenDataWithItsSourceLine() throws Exception {
        List<Map<String, String>> rows = csv(BUSINESS + "figures.csv");
        // The invest-to-save breakdown's computed TOTAL (misprinted 3,324 in the draft), at its table's line.
        Map<String, String> total = find(rows, "invest-to-save", "schemes", "TOTAL", "investment");
        assertEquals("3234", total.get("value"));
        assertEquals("£000", total.get("unit"));
        assertEquals("true", total.get("computed"));
        assertEquals("papers/adults-and-health-business-cases/invest-to-save.md", total.get("source_file"));
        String[] invest = new String(java.nio.file.Files.readAllBytes(TestContent.SHIPPED.resolve(total.get("source_file"))),
                StandardCharsets.UTF_8).split("\n");
        int at = Integer.parseInt(total.get("source_line"));
        assertTrue(invest[at - 1].contains("schemes:") || invest[at - 2].contains("schemes:"),
                "a total is located where its table begins: line " + at);
        // The Real Living Wage increase, exact rather than the 10.1% printed, at the line of its derived row.
        Map<String, String> rise = find(rows, "real-living-wage", "wage", "Increase", "hourly");
        assertEquals("0.100917431192660550458716", rise.get("value"));
        assertEquals("ratio", rise.get("unit"));
        String source = new String(java.nio.file.Files.readAllBytes(TestContent.SHIPPED.resolve(
                "papers/adults-and-health-business-cases/real-living-wage.md")), StandardCharsets.UTF_8);
        String line = source.split("\n")[Integer.parseInt(rise.get("source_line")) - 1];
        assertTrue(line.contains("Increase"), line);
        Map<String, String> hourly = find(rows, "real-living-wage", "wage", "2023-24", "hourly");
        assertEquals("10.90", hourly.get("value"), "a typed figure keeps the digits written");
        assertEquals("false", hourly.get("computed"));
        assertEquals("-2341", find(rows, "", "summary", "total", "Amount").get("value"));
        // A case costed in pounds: the exact figure and the rounded amount.
        List<Map<String, String>> temporary = csv(TEMPORARY + "figures.csv");
        assertEquals("2913608", find(temporary, "care-together", "summary", "amount before rounding", "Amount").get("value"));
        assertEquals("2914", find(temporary, "care-together", "summary", "amount", "Amount").get("value"));

        JsonNode json = new ObjectMapper().readTree(site().files().get(BUSINESS + "figures.json"));
        assertEquals(rows.size(), json.get("figures").size(), "the CSV and the JSON hold the same figures");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode figure = json.get("figures").get(i);
            assertEquals(rows.get(i).get("value"), figure.get("value").asText(), "value " + i);
            assertEquals(rows.get(i).get("source_line"), figure.get("source_line").asText(), "line " + i);
        }
        Document paper = page(BUSINESS + "index.html");
        assertEquals(List.of("figures.csv", "figures.json"), paper.select("p.open-data a").eachAttr("href"));
        for (var p : site().site().papers()) {
            assertTrue(site().files().containsKey(p.paper().slug() + "/figures.csv"), p.paper().slug());
            assertTrue(site().files().containsKey(p.paper().slug() + "/figures.json"), p.paper().slug());
        }
    }
}
