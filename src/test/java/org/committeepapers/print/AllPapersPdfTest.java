package org.committeepapers.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.model.Proposal;
import org.committeepapers.render.SiteRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Every shipped paper's PDF, whatever its format: PDF/UA-1, and contents pages that tell the truth. */
class AllPapersPdfTest {
    private static Pipeline.Result result;

    @BeforeAll
    static void build() throws Exception {
        result = TestContent.shippedSite();
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> papers() throws Exception {
        build();
        return result.site().papers().stream().map(p -> Arguments.of(p.paper().slug()));
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @MethodSource("papers")
    void contentsPageNumbersPointAtEachCasesHeading(String slug) throws Exception {
        ComputedPaper paper = TestContent.paper(result, slug);
        List<String> pages = PdfText.pages(result.files().get(SiteRenderer.pdfPath(paper.paper())));
        String header = paper.paper().appendixLabel() + " · " + result.site().site().committee(paper.paper().committeeId()).name();
        String contents = squash(pages.get(1) + " " + pages.get(2));
        for (Proposal proposal : paper.paper().proposals()) {
            Matcher m = Pattern.compile(Pattern.quote(squash(proposal.title())) + " (?:\\. ?){3,}(\\d+)").matcher(contents);
            assertTrue(m.find(), "no contents entry for " + proposal.title());
            int claimed = Integer.parseInt(m.group(1));
            // Text extraction gives the running header, the footer and list numbers first: drop them.
            String body = squash(pages.get(claimed - 1).replace(header, "").replaceAll("Page \\d+ of \\d+", ""))
                    .replaceFirst("^(\\d+\\. )+", "");
            // Compared without spaces: a title wrapped after "2018/" reads back as "2018 /19".
            assertTrue(body.replace(" ", "").startsWith(proposal.title().replace(" ", "")),
                    proposal.title() + " should start page " + claimed + " but it reads: " + body.substring(0, 150));
        }
        for (int i = 1; i <= pages.size(); i++) {
            assertTrue(squash(pages.get(i - 1)).contains("Page " + i + " of " + pages.size()), slug + " page " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("papers")
    void pdfUa1Compliant(String slug) throws Exception {
        assertPdfUa1(slug, result.files().get(SiteRenderer.pdfPath(TestContent.paper(result, slug).paper())));
    }

    static Stream<Arguments> packs() throws Exception {
        build();
        return result.files().keySet().stream().filter(p -> p.endsWith(".pdf"))
                .filter(p -> p.startsWith("packs/") || p.startsWith("meetings/")).map(Arguments::of);
    }

    /** Packs and reports packs, which join many papers in one document, are PDF/UA-1 too. */
    @ParameterizedTest
    @MethodSource("packs")
    void packsArePdfUa1Compliant(String path) throws Exception {
        assertPdfUa1(path, result.files().get(path));
    }

    private static void assertPdfUa1(String slug, byte[] pdf) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult validation = validator.validate(parser);
            List<String> failed = new ArrayList<>(validation.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .collect(Collectors.toCollection(java.util.TreeSet::new)));
            assertEquals(List.of(), failed, slug);
            assertTrue(validation.isCompliant());
        }
    }
}
