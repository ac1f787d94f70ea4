package org.committeepapers.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.model.Proposal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Adults and Health meeting of 18 January 2024: its reports pack read back (agenda index,
 * bookmarks per item, continuous page numbers) and its web pages quoting the same page numbers.
 */
class ReportsPackTest {
    private static final String MEETING = "meetings/adults-and-health-2024-01-18";
    private static final String HEADER = "Adults and Health Committee · 18 January 2024";
    private static Pipeline.Result result;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        pdf = result.files().get(MEETING + "-reports-pack.pdf");
        assertTrue(pdf != null, "no reports pack in " + result.files().keySet());
        pages = PdfReader.pages(pdf);
    }

    private static List<Integer> pagesStartingWith(String heading) {
        return PdfReader.pagesStartingWith(pages, HEADER, heading);
    }

    private static List<Proposal> cases() {
        return TestContent.paper(result, TestContent.PAPER_SLUG).paper().proposals();
    }

    @Test
    void agendaIndexSendsReadersToEachReportAndAppendix() throws Exception {
        List<PdfReader.IndexEntry> entries = PdfReader.indexEntries(pdf, 1);
        assertEquals(List.of("Business planning proposals for 2024-29", "Report",
                "Appendix 1: Care home capacity plan 2024-27", "Appendix 2: Draft Business Cases for Adults and Health"),
                entries.stream().map(PdfReader.IndexEntry::text).toList(), "item 4, its documents and its appendix");
        for (PdfReader.IndexEntry entry : entries) {
            assertEquals(entry.printedPage(), entry.linkedPage(), "printed number and link agree: " + entry);
        }
        assertEquals(List.of(entries.get(0).printedPage()), pagesStartingWith("Item 4: Business planning proposals"));
        assertEquals(List.of(entries.get(3).printedPage()), pagesStartingWith(entries.get(3).text()));
        assertEquals(List.of(entries.get(2).printedPage()), pagesStartingWith(entries.get(2).text() + " (PDF, 2 pages)"));
        String front = PdfReader.squash(pages.get(0));
        assertTrue(front.contains("18 January 2024") && front.contains("10:00am")
                && front.contains("Red Kite Room"), front);
        assertTrue(front.contains("1. Apologies for absence") && front.contains("5. Agenda plan"),
                "items with nothing printed are still on the agenda: " + front);
    }

    @Test
    void pageNumbersRunThroughTheWholePack() {
        int total = pages.size();
        assertTrue(total > cases().size() + 2, "front sheet, report, appendix: " + total);
        for (int page = 1; page <= total; page++) {
            assertTrue(PdfReader.squash(pages.get(page - 1)).contains("Page " + page + " of " + total),
                    "page " + page + " lacks 'Page " + page + " of " + total + "'");
        }
    }

    @Test
    void bookmarksPerItemThenAppendixThenCase() throws Exception {
        List<PdfReader.Bookmark> top = PdfReader.bookmarks(pdf);
        assertEquals(List.of("Agenda", "4. Business planning proposals for 2024-29"),
                top.stream().map(PdfReader.Bookmark::title).toList());
        PdfReader.Bookmark item = top.get(1);
        assertEquals(List.of(item.page()), pagesStartingWith("Item 4:"));
        assertEquals(List.of("Report", "Appendix 1: Care home capacity plan 2024-27",
                "Appendix 2: Draft Business Cases for Adults and Health"),
                item.children().stream().map(PdfReader.Bookmark::title).toList());
        PdfReader.Bookmark appendix = item.children().get(2);
        assertEquals(List.of(appendix.page()), pagesStartingWith(appendix.title()));
        assertEquals(cases().stream().map(Proposal::title).toList(),
                appendix.children().stream().map(PdfReader.Bookmark::title).toList());
        for (PdfReader.Bookmark c : appendix.children()) {
            assertEquals(List.of(c.page()), pagesStartingWith(c.title()), c.title());
        }
    }

    @Test
    void webPagesQuoteThePagesOfTheReportsPack() {
        Document agenda = html(MEETING + ".html");
        Element item = agenda.select("ol.agenda > li").get(3);
        Matcher m = Pattern.compile("reports pack page (\\d+)").matcher(item.ownText() + " " + item.select(".meta").first().text());
        assertTrue(m.find(), item.text());
        assertEquals(List.of(Integer.parseInt(m.group(1))), pagesStartingWith("Item 4:"));
        Matcher a = Pattern.compile("reports pack page (\\d+)").matcher(item.select(".agenda-appendices").text());
        Matcher pdfPage = Pattern.compile("reports pack page (\\d+)").matcher(item.select("p.document").text());
        assertTrue(pdfPage.find(), item.text());
        assertEquals(List.of(Integer.parseInt(pdfPage.group(1))), pagesStartingWith("Appendix 1: Care home capacity plan"));
        assertTrue(a.find(), item.text());
        assertEquals(List.of(Integer.parseInt(a.group(1))), pagesStartingWith("Appendix 2: Draft Business Cases"));
        // Each case's page says where the reports pack prints it.
        for (Proposal proposal : cases()) {
            Document page = html(TestContent.PAPER_SLUG + "/" + proposal.slug() + ".html");
            Matcher p = Pattern.compile("Reports pack for the Adults and Health Committee, 18 January 2024: item 4, page (\\d+)")
                    .matcher(page.select(".in-print").text());
            assertTrue(p.find(), proposal.slug() + ": " + page.select(".in-print").text());
            assertEquals(List.of(Integer.parseInt(p.group(1))), pagesStartingWith(proposal.title()), proposal.slug());
        }
        // The committee page lists the meeting; the site index lists the pack.
        assertTrue(html("committees/adults-and-health.html").select("a[href=../" + MEETING + ".html]").size() == 1);
        assertTrue(html("index.html").select("a[href=packs/business-cases.html]").size() == 1);
    }

    private static Document html(String path) {
        byte[] bytes = result.files().get(path);
        assertTrue(bytes != null, "no " + path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
