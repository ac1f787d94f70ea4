package org.committeepapers.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.model.Proposal;
import org.committeepapers.publish.FileTrees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The shipped appendix's PDF, read back: contents, page numbers, outline, metadata, fonts, PDF/UA. */
class PdfAppendixTest {
    private static final String PDF = "adults-and-health-business-cases/adults-and-health-business-cases.pdf";
    private static Pipeline.Result result;
    private static byte[] pdf;
    private static List<String> pageTexts;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        pdf = result.files().get(PDF);
        assertTrue(pdf != null, "no " + PDF);
        pageTexts = PdfText.pages(pdf);
    }

    private static List<Proposal> proposals() {
        return TestContent.paper(result, TestContent.PAPER_SLUG).paper().proposals();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The 1-based page whose text, after the running header, begins with {@code heading}. */
    private static List<Integer> pagesStartingWith(String heading) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            String body = squash(pageTexts.get(i)).replace("Appendix 2 · Adults and Health Committee", "")
                    .replaceAll("Page \\d+ of \\d+", "").strip();
            if (body.startsWith(squash(heading))) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    /** Contents entries as printed: title → page number. */
    private static Map<String, Integer> contents() {
        Map<String, Integer> entries = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(.+?)\\s*(?:\\.\\s*){3,}(\\d+)\\s*$").matcher(pageTexts.get(1));
        while (m.find()) {
            entries.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
        }
        return entries;
    }

    @Test
    void contentsPageNumbersPointAtTheHeadings() {
        Map<String, Integer> contents = contents();
        assertEquals(proposals().size() + 2, contents.size(), "Summary, every proposal and Notes: " + contents);
        for (Proposal proposal : proposals()) {
            Integer claimed = contents.get(proposal.title());
            assertTrue(claimed != null, "no contents entry for " + proposal.title() + " in " + contents.keySet());
            assertEquals(List.of(claimed), pagesStartingWith(proposal.title()),
                    proposal.title() + " starts on the page the contents gives, and only there");
        }
        assertEquals(List.of(contents.get("Summary")), pagesStartingWith("Summary"));
        assertEquals(List.of(contents.get("Notes")), pagesStartingWith("Notes"));
    }

    @Test
    void everyPageSaysPageNOfM() {
        int total = pageTexts.size();
        assertTrue(total >= proposals().size() + 3, "title, contents, summary and a page per proposal");
        for (int page = 1; page <= total; page++) {
            assertTrue(squash(pageTexts.get(page - 1)).contains("Page " + page + " of " + total),
                    "page " + page + " lacks 'Page " + page + " of " + total + "'");
        }
    }

    @Test
    void runningHeaderOnEveryPageButTheTitlePage() {
        assertTrue(!pageTexts.get(0).contains("Appendix 2 · Adults"), "no running header on the title page");
        for (int page = 2; page <= pageTexts.size(); page++) {
            assertTrue(pageTexts.get(page - 1).startsWith("Appendix 2 · Adults and Health Committee"), "header on page " + page);
        }
        String title = squash(pageTexts.get(0));
        assertTrue(title.contains("Cambridgeshire County Council") && title.contains("Draft Business Cases for Adults and Health")
                && title.contains("Adults and Health Committee") && title.contains("18 January 2024"), title);
    }

    @Test
    void outlineListsEveryProposalInOrderAtItsPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
                if (proposals().stream().anyMatch(p -> p.title().equals(item.getTitle()))) {
                    assertEquals(pagesStartingWith(item.getTitle()), List.of(page), item.getTitle());
                    List<String> sections = new ArrayList<>();
                    item.children().forEach(child -> sections.add(child.getTitle()));
                    assertEquals(List.of("Proposal details", "Proposal summary", "Financial information", "Benefits",
                            "Impacts"), sections);
                }
            }
            List<String> expected = new ArrayList<>(List.of("Contents", "Summary"));
            proposals().forEach(p -> expected.add(p.title()));
            expected.add("Notes");
            assertEquals(expected, titles);
        }
    }

    @Test
    void contentsEntriesAreLinksToTheirPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.Set<Integer> targets = new java.util.TreeSet<>();
            for (var annotation : document.getPage(1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    var action = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction();
                    var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                            action.getDestination();
                    targets.add(destination.retrievePageNumber() + 1);
                }
            }
            assertEquals(new java.util.TreeSet<>(contents().values()), targets);
        }
    }

    @Test
    void metadataLanguageTitleAndTags() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertEquals("Appendix 2: Draft Business Cases for Adults and Health", document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "shows the title, not the file name");
            PDPage first = document.getPage(0);
            assertTrue(first.getMediaBox().getWidth() < first.getMediaBox().getHeight(), "portrait A4");
            assertEquals(595, Math.round(first.getMediaBox().getWidth()));
        }
    }

    @Test
    void allFontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void figuresInThePdfMatchTheHtml() {
        String summary = squash(pageTexts.get(2));
        for (String figure : List.of("500", "3,234", "\u2212976", "\u22122,573", "\u2212945", "\u2212560", "\u22121,021", "\u22122,341")) {
            assertTrue(summary.contains(figure), figure + " in " + summary);
        }
        String all = squash(String.join(" ", pageTexts));
        assertTrue(all.contains("TOTAL 3,234 \u22126,465 \u22124,074 \u22122,302 \u2212412"), "computed TOTAL row");
        assertTrue(!all.replace("was printed as 3,324 ", "").contains("3,324"),
                "the misprinted total appears only in the correction notes: " + all);
        assertTrue(all.contains("schemes.total.investment was printed as 3,324 (£000); computed from its sources it is "
                + "3,234"), "the recorded correction is printed with the case and in the notes");
    }

    /**
     * The appendix made again in the same JVM, from its own sources alone (the other papers, the meetings and
     * the packs left out, so only it is printed): the same bytes, as nothing else goes into it.
     */
    @Test
    void sameSourcesGiveIdenticalBytes(@TempDir Path temp) throws Exception {
        TestContent alone = TestContent.copyOfShipped(temp);
        try (var papers = Files.list(alone.root().resolve("papers"))) {
            for (Path paper : papers.filter(p -> !p.getFileName().toString().equals(TestContent.PAPER_SLUG)).toList()) {
                FileTrees.deleteTree(paper);
            }
        }
        FileTrees.deleteTree(alone.root().resolve("meetings"));
        FileTrees.deleteTree(alone.root().resolve("packs"));
        Pipeline.Result again = Pipeline.run(Pipeline.Options.of(alone.root(), Path.of("templates"), Pipeline.Output.PDF));
        assertEquals(List.of(PDF), List.copyOf(again.files().keySet()), "only the appendix is printed");
        assertArrayEquals(pdf, again.files().get(PDF));
    }

    @Test
    void validPdfUa1AndPdfA3a() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
            try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                    PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                    PDFAValidator validator = foundry.createValidator(flavour, false)) {
                ValidationResult validation = validator.validate(parser);
                String failed = validation.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                        .distinct().collect(Collectors.joining("\n"));
                assertTrue(validation.isCompliant(), flavour + " failures:\n" + failed);
            }
        }
    }
}
