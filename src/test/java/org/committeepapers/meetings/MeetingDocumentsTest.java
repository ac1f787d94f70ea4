package org.committeepapers.meetings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.print.PdfText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped meeting of 18 January 2024 read back: its PDF appendix merged into the reports pack (page numbers
 * running through, bookmarks, tagged figures), the image in its report printed and published, its exempt
 * appendix replaced by the notice, its approved minutes and decision, and its supplementary agenda.
 */
class MeetingDocumentsTest {
    private static final String MEETING = "meetings/adults-and-health-2024-01-18";
    private static Pipeline.Result result;
    private static byte[] pack;
    private static List<String> pages;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        pack = result.files().get(MEETING + "-reports-pack.pdf");
        pages = PdfText.pages(pack);
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The 1-based pages whose text holds {@code text}. */
    private static List<Integer> pagesWith(List<String> pages, String text) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (squash(pages.get(i)).contains(text)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    @Test
    void attachedPdfPagesAreNumberedWithThePackAndBookmarked() throws Exception {
        List<Integer> first = pagesWith(pages, "Care home capacity plan 2024-27 This plan sets out");
        List<Integer> second = pagesWith(pages, "Next steps The council will publish");
        assertEquals(1, first.size(), "the plan's first page is printed once: " + first);
        assertEquals(List.of(first.get(0) + 1), second, "its second page follows on the next page of the pack");
        int total = pages.size();
        for (int page : List.of(first.get(0), second.get(0))) {
            assertTrue(squash(pages.get(page - 1)).contains("Page " + page + " of " + total), "pack page number on " + page);
            assertTrue(squash(pages.get(page - 1)).startsWith("Adults and Health Committee · 18 January 2024"),
                    "pack running header on " + page);
        }
        try (PDDocument document = Loader.loadPDF(pack)) {
            var item = document.getDocumentCatalog().getDocumentOutline().children().iterator();
            item.next();
            var documents = item.next().children().iterator();
            documents.next();
            var plan = documents.next();
            assertEquals("Appendix 1: Care home capacity plan 2024-27", plan.getTitle());
            assertEquals(first.get(0), document.getPages().indexOf(plan.findDestinationPage(document)) + 1);
            // Each attached page is a figure whose alternative text is the page's own text.
            List<String> alts = new ArrayList<>();
            collectFigureAlts(document.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertTrue(alts.stream().anyMatch(a -> a.startsWith("Page 1 of 2 of Appendix 1: Care home capacity plan "
                    + "2024-27: Care home capacity plan 2024-27 This plan sets out")), alts.toString());
            assertTrue(alts.stream().anyMatch(a -> a.startsWith("Page 2 of 2 of Appendix 1")), alts.toString());
        }
    }

    @Test
    void reportImageIsPrintedAndPublishedWithItsAltText() throws Exception {
        int reportPage = pagesWith(pages, "Care home places The care home capacity plan in Appendix 1").get(0);
        try (PDDocument document = Loader.loadPDF(pack)) {
            PDPage page = document.getPage(reportPage - 1);
            assertTrue(hasImage(page.getResources(), 0), "the chart is drawn on page " + reportPage);
            List<String> alts = new ArrayList<>();
            collectFigureAlts(document.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertTrue(alts.contains("Bar chart of care home places commissioned by district: Cambridge 412, East "
                    + "Cambridgeshire 268, Fenland 305, Huntingdonshire 351, South Cambridgeshire 190"), alts.toString());
        }
        Document agenda = html(MEETING + ".html");
        var img = agenda.selectFirst("details.report img");
        assertTrue(img != null && img.attr("alt").startsWith("Bar chart of care home places"), agenda.select("details").html());
        String published = "meetings/adults-and-health-2024-01-18/places-by-district.png";
        assertEquals("../" + published, img.attr("src"));
        assertArrayEquals(Files.readAllBytes(TestContent.SHIPPED.resolve(ShippedAttachments.CHART)), result.files().get(published));
        var plan = agenda.selectFirst("p.document a");
        assertEquals("Appendix 1: Care home capacity plan 2024-27 (PDF, 2 pages)", plan.text());
        assertTrue(result.files().containsKey(plan.attr("href").substring(3)), plan.attr("href"));
    }

    @Test
    void exemptAppendixIsANoticeInThePublicBuild() {
        String notice = "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972";
        String all = squash(String.join(" ", pages));
        assertTrue(all.contains(notice), "the pack prints the notice");
        assertFalse(all.contains("Valuation of the care home site") || all.contains("2,150,000"), "nor its title or text");
        Document agenda = html(MEETING + ".html");
        assertTrue(agenda.select("ol.agenda > li").get(3).select(".exempt-notice").text().contains(notice));
        assertFalse(agenda.text().contains("Valuation") || agenda.text().contains("2,150,000"));
        assertTrue(agenda.select("ol.agenda > li").size() == 5, "every item stays on the agenda");
    }

    @Test
    void minutesDecisionsAndUpcomingAndPastMeetings() {
        Document agenda = html(MEETING + ".html");
        assertEquals("Minutes, approved at the meeting of 7 March 2024", agenda.selectFirst("p.minutes a").text());
        assertEquals("The committee endorsed the draft business cases for inclusion in the business plan.",
                agenda.selectFirst(".decision").ownText().strip());
        Document minutes = html(MEETING + "-minutes.html");
        assertTrue(minutes.selectFirst("h1").text().startsWith("Minutes: Adults and Health Committee, 18 January 2024"));
        assertEquals("../meetings/adults-and-health-2024-03-07.html", minutes.selectFirst(".minutes-status a").attr("href"));
        Document committee = html("committees/adults-and-health.html");
        List<String> headings = committee.select("h2").eachText();
        assertTrue(headings.contains("Upcoming meetings") && headings.contains("Past meetings"), headings.toString());
        var upcoming = committee.select("h2:contains(Upcoming meetings) + ul.meetings > li");
        assertEquals(List.of("Meeting of 14 January 2027, 10:00am"), upcoming.select("a:not(.pdf)").eachText());
        var past = committee.select("h2:contains(Past meetings) + ul.meetings > li");
        assertTrue(past.text().contains("Minutes, approved at the meeting of 7 March 2024"), past.text());
    }

    @Test
    void supplementHasItsOwnPackAndPageNumbers() throws Exception {
        byte[] supplement = result.files().get(MEETING + "-supplement-1.pdf");
        List<String> supplementPages = PdfText.pages(supplement);
        String front = squash(supplementPages.get(0));
        assertTrue(front.contains("Supplementary agenda 1") && front.contains("Published 12 January 2024"), front);
        for (int page = 1; page <= supplementPages.size(); page++) {
            assertTrue(squash(supplementPages.get(page - 1)).contains("Page " + page + " of " + supplementPages.size()));
        }
        assertEquals(List.of(2), pagesWith(supplementPages, "Item 6: Winter pressures funding"));
        Document agenda = html(MEETING + ".html");
        assertEquals("Supplementary agenda 1, published 12 January 2024", agenda.selectFirst("h2#supplement-1").text());
        assertTrue(agenda.select("ul.supplement").text().contains("Supplementary agenda 1 page 2"));
    }

    /** Whether the resources draw an image, directly or within a form (to a small depth). */
    private static boolean hasImage(org.apache.pdfbox.pdmodel.PDResources resources, int depth) throws java.io.IOException {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject
                    || object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    static void collectFigureAlts(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription());
                }
                collectFigureAlts(element, alts);
            }
        }
    }

    private static Document html(String path) {
        byte[] bytes = result.files().get(path);
        assertTrue(bytes != null, "no " + path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
