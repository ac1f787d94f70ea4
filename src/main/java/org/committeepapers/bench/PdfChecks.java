package org.committeepapers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;

/**
 * Reads a benchmark's output back: PDFBox must open every PDF and count its pages; veraPDF, when it is on the
 * class path (the tests, or the benchmark run from Maven; the released jar leaves it out), checks PDF/UA-1.
 */
final class PdfChecks {
    private PdfChecks() {
    }

    /** What one PDF turned out to be: its pages (-1 when PDFBox cannot open it) and its PDF/UA-1 verdict. */
    record Checked(int pages, String pdfBoxError, Boolean pdfUa, String pdfUaFailure) {
        boolean opens() {
            return pdfBoxError == null;
        }
    }

    /**
     * True when {@code pdf} was printed from exactly {@code html}: the tool writes the first 16 bytes of the HTML's
     * SHA-256 as the document ID, so this proves the other engines were given what the build printed.
     */
    static boolean printedFrom(Path pdf, String html) {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            var ids = document.getDocument().getDocumentID();
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return ids != null && ids.size() > 0 && ids.getObject(0) instanceof org.apache.pdfbox.cos.COSString id
                    && java.util.Arrays.equals(id.getBytes(), java.util.Arrays.copyOf(digest, 16));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return false;
        }
    }

    /** True when veraPDF can be used in this JVM. */
    static boolean veraPdfPresent() {
        try {
            Class.forName("org.verapdf.pdfa.Foundries", false, PdfChecks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Opens {@code pdf} with PDFBox and, when {@code pdfUa}, validates it against PDF/UA-1 with veraPDF. */
    static Checked check(Path pdf, boolean pdfUa) {
        if (!Files.isRegularFile(pdf)) {
            return new Checked(-1, "missing", null, null);
        }
        int pages;
        try (var document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        } catch (IOException e) {
            return new Checked(-1, e.getMessage(), null, null);
        }
        if (!pdfUa) {
            return new Checked(pages, null, null, null);
        }
        String failure = VeraPdf.firstPdfUaFailure(pdf);
        return new Checked(pages, null, failure == null, failure);
    }
}
