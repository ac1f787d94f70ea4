package org.committeepapers.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.print.PdfText;
import org.committeepapers.publish.BuildReport;
import org.committeepapers.publish.SitemapAndFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures written in every printed text (captions, descriptions, introductions, notes, pack and meeting text,
 * reports) are computed, and recorded corrections are printed wherever their case is. Read back from the
 * shipped site as built: its pages, the text of its PDFs, and its report, feed and sitemap.
 */
class FiguresInTextTest {
    private static final String PAPER = TestContent.PAPER_SLUG + "/";
    private static final String CORRECTION = "schemes.total.investment was printed as 3,324 (£000); computed from its "
            + "sources it is 3,234. Reason: the digits were transposed in the printed draft";

    private static Pipeline.Result site;
    /** Every output as a reader sees its text: pages as written, PDFs as PDFBox extracts them. */
    private static final Map<String, String> texts = new LinkedHashMap<>();

    @BeforeAll
    static void readEveryOutput() throws Exception {
        site = TestContent.shippedSite();
        Map<String, byte[]> files = new LinkedHashMap<>(site.files());
        files.putAll(SitemapAndFeed.make(site.site(), site.files(), "https://papers.example.gov.uk/"));
        files.put(BuildReport.FILE, BuildReport.make(site.site(), TestContent.SHIPPED, files, site.warnings()));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            texts.put(file.getKey(), file.getKey().endsWith(".pdf") ? String.join("\n", PdfText.pages(file.getValue()))
                    : new String(file.getValue(), StandardCharsets.UTF_8));
        }
    }

    private static String squashed(String path) {
        assertTrue(texts.containsKey(path), path + " in " + texts.keySet());
        return texts.get(path).replaceAll("\\s+", " ");
    }

    @Test
    void noOutputFileEverHoldsPlaceholderBraces() {
        assertTrue(texts.keySet().stream().filter(p -> p.endsWith(".pdf")).count() >= 8, "every PDF is read");
        assertTrue(texts.containsKey("feed.xml") && texts.containsKey("sitemap.xml") && texts.containsKey(BuildReport.FILE));
        for (Map.Entry<String, String> file : texts.entrySet()) {
            // Style sheets and scripts are shipped as written (lunr's minified code is full of braces); no
            // author's text reaches them. The search index, which holds the pages' words, is still read.
            if (file.getKey().endsWith(".css") || file.getKey().endsWith(".js")) {
                continue;
            }
            int open = file.getValue().indexOf("{{");
            int close = file.getValue().indexOf("}}");
            assertTrue(open < 0 && close < 0, file.getKey() + " holds placeholder braces: …"
                    + file.getValue().substring(Math.max(0, Math.max(open, close) - 80), Math.max(open, close) + 2));
        }
    }

    @Test
    void figuresInProseFieldsAreComputedInEachScope() {
        // A paper's introduction: the paper's summary total (−2,341 £000).
        assertTrue(squashed(PAPER + "index.html").contains("Together they come to a net \u2212£2,341k over those years."));
        // PDFBox reads a space after the minus sign's glyph; the figure is the same.
        assertTrue(squashed(PAPER + TestContent.PAPER_SLUG + ".pdf").replace("\u2212 ", "\u2212")
                .contains("Together they come to a net \u2212£2,341k over those years."));
        // A table's caption: the table's computed total.
        assertTrue(squashed(PAPER + "block-cars.html").contains("Block car contracts and end dates: 26 cars"));
        // A 2021-22 brief description, a '|' block: the case's own table.
        assertTrue(squashed("adults-and-health-temporary-funding-2022-23/care-together.html")
                .contains("an investment of £2.914m over the four years."));
        // A pack's introduction: the pack's figures.
        assertTrue(squashed("packs/business-cases.html").contains("the pack\u2019s cases come to \u2212£26,112k, of which "
                + "savings are \u2212£30,133k."));
        assertTrue(squashed("packs/business-cases.pdf").contains("the pack\u2019s cases come to"));
        // A meeting's report: the figures of the papers its items append.
        assertTrue(squashed("meetings/adults-and-health-2024-01-18.html").contains("The seven cases come to a net "
                + "\u2212£2,341k over the five years."));
        assertTrue(squashed("meetings/adults-and-health-2024-01-18-reports-pack.pdf").contains("The seven cases come to a net"));
    }

    @Test
    void aRecordedCorrectionIsPrintedWhereverItsCaseIs() throws IOException {
        assertTrue(squashed(PAPER + "invest-to-save.html").contains(CORRECTION), "the case's own page");
        assertTrue(squashed(PAPER + "index.html").contains(CORRECTION), "the paper's page");
        String paperPdf = squashed(PAPER + TestContent.PAPER_SLUG + ".pdf");
        assertTrue(paperPdf.contains(CORRECTION), "the paper's PDF");
        assertTrue(paperPdf.indexOf(CORRECTION) != paperPdf.lastIndexOf(CORRECTION), "with the case and in the paper's notes");
        assertTrue(squashed("packs/business-cases.pdf").contains(CORRECTION), "the pack");
        assertTrue(squashed("meetings/adults-and-health-2024-01-18-reports-pack.pdf").contains(CORRECTION), "the reports pack");
        assertFalse(squashed(PAPER + "block-cars.html").contains("was printed as"), "only with its own case");

        JsonNode report = new ObjectMapper().readTree(texts.get(BuildReport.FILE));
        JsonNode first = report.get("corrections").get(0);
        assertEquals("papers/adults-and-health-business-cases/invest-to-save.md", first.get("file").asText());
        assertEquals("schemes.total.investment", first.get("figure").asText());
        assertEquals("3324", first.get("printed").asText());
        assertEquals("3234", first.get("computed").asText());
        assertEquals(12, report.get("corrections").size(), "every recorded correction of the shipped papers");
    }

    @Test
    void aPapersNotesArePrintedWhereverItsCasesAre() {
        String note = "The source gives no meeting date; the date used is the latest date of version among the cases";
        assertTrue(squashed("adults-and-health-temporary-funding-2022-23/care-together.html").contains(note), "case page");
        String pack = squashed("packs/business-cases.pdf");
        assertTrue(pack.contains(note), "the pack");
        assertEquals(pack.indexOf(note), pack.lastIndexOf(note), "once per pack, with the paper's first case there");
        assertTrue(squashed("meetings/adults-and-health-2021-11-02-reports-pack.pdf").contains(note), "the reports pack");
    }

    @Test
    void aTablePlaceholderWithoutBlankLinesEndsTheParagraphAroundIt(@TempDir Path temp) throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        content.replace(TestContent.PAPER + "block-cars.md", "all cars.\n\n{{ table cars }}",
                "all cars.\n{{ table cars }}\nThe contracts end in stages.");
        Pipeline.Result result = Pipeline.run(Pipeline.Options.of(content.root(), Path.of("templates"), Pipeline.Output.PREVIEW));
        String page = new String(result.files().get(PAPER + "block-cars.html"), StandardCharsets.UTF_8);
        int before = page.indexOf("for all cars.</p>");
        int table = page.indexOf("<table class=\"figures\" id=\"block-cars-cars\">");
        int after = page.indexOf("<p>The contracts end in stages.</p>");
        assertTrue(before > 0 && before < table && table < after, page);
    }
}
