package org.committeepapers.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Proposal;
import org.committeepapers.render.NumberFormatter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped budget-round pack, read back from its PDF: every index entry and bookmark against the page
 * where its heading really is, page numbers through the whole pack, the joint case under both committees,
 * and the web pages quoting the same page numbers.
 */
class BudgetPackTest {
    private static final String PDF = "packs/business-cases.pdf";
    private static final String HEADER = "Business Cases";
    private static Pipeline.Result result;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        pdf = result.files().get(PDF);
        assertTrue(pdf != null, "no " + PDF + " in " + result.files().keySet());
        pages = PdfReader.pages(pdf);
    }

    /** The 1-based pages whose text, after the running header, begins with {@code heading}. */
    private static List<Integer> pagesStartingWith(String heading) {
        return PdfReader.pagesStartingWith(pages, HEADER, heading);
    }

    private static ComputedPaper paper(String slug) {
        return TestContent.paper(result, slug);
    }

    /** The sections as the pack file lists them: label → committee name and title. */
    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("4a", "Adults and Health Committee 4a Business Cases");
        sections.put("4b", "Adults and Health Committee 4b Temporary Funding");
        sections.put("4c", "Adults Committee 4c Savings and Income");
        sections.put("4d", "Cabinet 4d Savings");
        return sections;
    }

    @Test
    void frontIndexSendsReadersToEachSectionCover() throws Exception {
        List<PdfReader.IndexEntry> entries = PdfReader.indexEntries(pdf, 2);
        assertEquals(5, entries.size(), "the summary and four sections: " + entries);
        assertEquals("Summary of the pack", entries.get(0).text());
        assertEquals(pagesStartingWith("Summary of the pack"), List.of(entries.get(0).printedPage()));
        List<String> labels = new ArrayList<>(sections().keySet());
        for (int i = 1; i < entries.size(); i++) {
            PdfReader.IndexEntry entry = entries.get(i);
            String label = labels.get(i - 1);
            assertTrue(entry.text().startsWith(label + " "), entry + " should be section " + label);
            assertEquals(entry.printedPage(), entry.linkedPage(), "printed number and link agree: " + entry);
            assertEquals(List.of(entry.printedPage()), pagesStartingWith(sections().get(label)),
                    "section " + label + " starts on the page the front index gives, and only there");
        }
    }

    @Test
    void eachSectionIndexSendsReadersToItsCases() throws Exception {
        List<PdfReader.IndexEntry> front = PdfReader.indexEntries(pdf, 2);
        Map<String, List<PdfReader.IndexEntry>> bySection = new LinkedHashMap<>();
        for (PdfReader.IndexEntry section : front.subList(1, front.size())) {
            bySection.put(section.text().substring(0, 2), PdfReader.indexEntries(pdf, section.printedPage()));
        }
        assertEquals(paper("adults-and-health-business-cases").proposals().size(), bySection.get("4a").size());
        assertEquals(paper("adults-business-cases-2018-19").proposals().size() + 1, bySection.get("4c").size(),
                "the 2018-19 briefs and the joint mental health case");
        for (Map.Entry<String, List<PdfReader.IndexEntry>> section : bySection.entrySet()) {
            for (PdfReader.IndexEntry entry : section.getValue()) {
                assertEquals(entry.printedPage(), entry.linkedPage(), "printed number and link agree: " + entry);
                String title = entry.text().replaceFirst(" \\(Joint with the .*\\)$", "");
                assertEquals(List.of(entry.printedPage()), pagesStartingWith(title),
                        section.getKey() + ": '" + title + "' starts on the page its section index gives");
            }
        }
        String mentalHealth = title("adults-and-health-business-cases", "mental-health");
        PdfReader.IndexEntry in4a = find(bySection.get("4a"), mentalHealth);
        PdfReader.IndexEntry in4c = find(bySection.get("4c"), mentalHealth);
        assertEquals(in4a.printedPage(), in4c.printedPage(), "a joint case is printed once; both indices point at it");
        assertTrue(in4c.text().contains("Joint with the Adults and Health Committee"), in4c.text());
        assertTrue(in4a.text().contains("Joint with the Adults Committee"), in4a.text());
    }

    private static PdfReader.IndexEntry find(List<PdfReader.IndexEntry> entries, String title) {
        return entries.stream().filter(e -> e.text().startsWith(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + title + " in " + entries));
    }

    private static String title(String paper, String slug) {
        return paper(paper).paper().proposals().stream().filter(p -> p.slug().equals(slug)).findFirst()
                .map(Proposal::title).orElseThrow();
    }

    @Test
    void pageNumbersRunThroughTheWholePack() {
        int total = pages.size();
        assertTrue(total > 100, "four papers' cases make a long pack: " + total);
        for (int page = 1; page <= total; page++) {
            assertTrue(PdfReader.squash(pages.get(page - 1)).contains("Page " + page + " of " + total),
                    "page " + page + " lacks 'Page " + page + " of " + total + "'");
        }
    }

    @Test
    void bookmarksFollowCommitteesThenSectionsThenCases() throws Exception {
        List<PdfReader.Bookmark> top = PdfReader.bookmarks(pdf);
        assertEquals(List.of("Contents", "Summary", "Adults and Health Committee", "Adults Committee", "Cabinet"),
                top.stream().map(PdfReader.Bookmark::title).toList());
        List<String> sectionTitles = new ArrayList<>();
        List<String> jointUnder = new ArrayList<>();
        for (PdfReader.Bookmark committee : top.subList(2, top.size())) {
            assertEquals(committee.children().get(0).page(), committee.page(), "a committee opens at its first section");
            for (PdfReader.Bookmark section : committee.children()) {
                sectionTitles.add(section.title());
                assertEquals(List.of(section.page()), pagesStartingWith(committee.title() + " " + section.title()));
                for (PdfReader.Bookmark c : section.children()) {
                    String title = c.title().replace(" (joint)", "");
                    assertEquals(List.of(c.page()), pagesStartingWith(title), c.title());
                    if (c.title().endsWith("(joint)")) {
                        jointUnder.add(committee.title());
                    }
                }
            }
        }
        assertEquals(List.of("4a Business Cases", "4b Temporary Funding", "4c Savings and Income", "4d Savings"),
                sectionTitles);
        assertEquals(List.of("Adults and Health Committee", "Adults Committee"), jointUnder,
                "the joint case is bookmarked under both committees");
    }

    @Test
    void packSummaryAddsUpEveryCaseOnce() {
        // Every paper is in the pack, and the joint case is listed twice but counted once.
        BigDecimal sum = result.site().papers().stream().flatMap(p -> p.proposals().stream())
                .map(ComputedProposal::amount).map(f -> f.value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        String expected = new NumberFormatter(result.site().site().format()).cell(sum);
        String pdfText = PdfReader.squash(String.join(" ", pages.subList(2, 5)));
        Matcher m = Pattern.compile("Total of the pack (\\S+)").matcher(pdfText);
        assertTrue(m.find(), "no pack total in the PDF summary");
        assertEquals(expected, m.group(1));
        Document page = html("packs/business-cases.html");
        assertEquals(expected, page.select("#pack-summary tr.total td.num").text());
    }

    @Test
    void webPagesQuoteThePagesOfThePrintedPack() {
        Document page = html("packs/business-cases.html");
        int rows = 0;
        for (Element table : page.select("table.pack-index")) {
            Matcher from = Pattern.compile("(4[a-d]) .*from page (\\d+)").matcher(table.selectFirst("caption").text());
            assertTrue(from.find(), table.selectFirst("caption").text());
            assertEquals(List.of(Integer.parseInt(from.group(2))), pagesStartingWith(sections().get(from.group(1))));
            for (Element row : table.select("tbody tr")) {
                String title = row.selectFirst("th a").text();
                int quoted = Integer.parseInt(row.select("td").last().text());
                assertEquals(List.of(quoted), pagesStartingWith(title), title + " on the pack's web page");
                assertTrue(row.selectFirst("td a").attr("href").endsWith("business-cases.pdf#page=" + quoted));
                rows++;
            }
        }
        assertEquals(result.site().papers().stream().mapToInt(p -> p.proposals().size()).sum() + 1, rows);
        // A case's own page says where it is printed, with the same number.
        Document reablement = html("adults-and-health-business-cases/reablement.html");
        Matcher m = Pattern.compile("Business Cases pack, section 4a, page (\\d+)").matcher(reablement.select(".in-print").text());
        assertTrue(m.find(), reablement.select(".in-print").text());
        assertEquals(List.of(Integer.parseInt(m.group(1))), pagesStartingWith(title("adults-and-health-business-cases", "reablement")));
    }

    private static Document html(String path) {
        byte[] bytes = result.files().get(path);
        assertTrue(bytes != null, "no " + path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
