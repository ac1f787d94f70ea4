package org.committeepapers.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 check, as the tests run it; loaded only once {@link PdfChecks#veraPdfPresent()} says so. */
final class VeraPdf {
    /** Held, so the level set on it stays: veraPDF logs a warning per odd content stream, thousands a run. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.verapdf");

    static {
        QUIET.setLevel(java.util.logging.Level.OFF);
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Null when {@code pdf} is PDF/UA-1 compliant, else the first failed rule and how many failed. */
    static String firstPdfUaFailure(Path pdf) {
        try (InputStream in = Files.newInputStream(pdf);
                VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(in, PDFAFlavour.PDFUA_1);
                PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return null;
            }
            var failed = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> "clause " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()).distinct().toList();
            return failed.size() + " rule(s) failed, first " + (failed.isEmpty() ? "?" : failed.get(0));
        } catch (Exception e) {
            return "veraPDF could not validate it: " + e.getMessage();
        }
    }
}
