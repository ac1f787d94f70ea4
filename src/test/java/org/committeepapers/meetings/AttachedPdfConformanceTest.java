package org.committeepapers.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.committeepapers.print.PdfText;
import org.committeepapers.problem.Problem;
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

/**
 * The conformance of reports packs that hold attached PDFs: with a tagged attachment (the shipped meeting, and
 * its supplement) the pack passes veraPDF as PDF/UA-1 and PDF/A-3a; with an untagged one (a scan) the build
 * warns at the line naming it, and the pack no longer claims PDF/UA.
 */
class AttachedPdfConformanceTest {
    private static final String MEETING = "meetings/adults-and-health-2024-01-18";

    @Test
    void packsWithATaggedAttachmentPassVeraPdf() throws Exception {
        Pipeline.Result result = TestContent.shippedSite();
        for (String pdf : List.of(MEETING + "-reports-pack.pdf", MEETING + "-supplement-1.pdf")) {
            byte[] bytes = result.files().get(pdf);
            assertTrue(xmp(bytes).contains("<pdfuaid:part>1</pdfuaid:part>"), pdf + " claims PDF/UA-1");
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
                assertEquals("", failures(bytes, flavour), pdf + " as " + flavour);
            }
        }
    }

    @Test
    void anUntaggedAttachmentIsWarnedAboutAndThePackMakesNoPdfUaClaim(@TempDir Path dir) throws Exception {
        TestContent copy = TestContent.copyOfShipped(dir);
        copy.write(MEETING + "/care-home-capacity-plan.pdf", scannedPage());
        Pipeline.Result result = Pipeline.run(Pipeline.Options.of(copy.root(), Path.of("templates"), Pipeline.Output.PDF));
        int line = copy.lineOf(MEETING + "/meeting.yaml", "care-home-capacity-plan.pdf");
        List<Problem> warnings = result.warnings().stream().filter(w -> w.message().contains("is not a tagged PDF")).toList();
        assertEquals(1, warnings.size(), result.warnings().toString());
        assertEquals(line, warnings.get(0).position().line());
        assertTrue(warnings.get(0).message().contains("published without a PDF/UA claim"), warnings.get(0).message());
        byte[] pack = result.files().get(MEETING + "-reports-pack.pdf");
        assertFalse(xmp(pack).contains("pdfuaid:part>"), "no PDF/UA claim");
        assertTrue(xmp(pack).contains("<pdfaid:part>3</pdfaid:part>"), "still PDF/A-3a");
        assertEquals("", failures(pack, PDFAFlavour.PDFA_3_A));
        List<String> pages = PdfText.pages(pack);
        assertTrue(pages.stream().anyMatch(p -> p.contains("Appendix 1: Care home capacity plan 2024-27 (PDF, 1 page)")));
    }

    /** A one-page untagged PDF with no text, as a scanner makes. */
    private static byte[] scannedPage() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 400, 300, 200);
                content.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String xmp(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    private static String failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult validation = validator.validate(parser);
            return validation.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
        }
    }
}
