package org.committeepapers.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.committeepapers.model.Attachment;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/**
 * Prepares a PDF document for a reports pack. The pack places each of its pages as a figure on a page of its
 * own, under the pack's running header and page number; so the page's own marked content and structure tree are
 * removed (a tagged figure may not hold other tags or artifacts), and the page's text is kept as the figure's
 * alternative text. Whether the original was tagged decides whether the pack may still claim PDF/UA.
 */
final class AttachedPdfs {
    /** Marked-content operators; removing them with their operands leaves the drawing as it was. */
    private static final Set<String> MARKS = Set.of("BDC", "BMC", "EMC", "MP", "DP");
    private static final int MAX_PAGES = 500;

    private AttachedPdfs() {
    }

    static Optional<Attachment.AttachedPdf> prepare(byte[] bytes, String name, SourcePosition at, Problems problems) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                problems.error(at, name + " is encrypted, so it cannot be printed in the reports pack",
                        "save an unprotected copy of it");
                return Optional.empty();
            }
            int pages = document.getNumberOfPages();
            if (pages == 0 || pages > MAX_PAGES) {
                problems.error(at, name + " has " + pages + " pages; a document in a reports pack must have 1 to "
                        + MAX_PAGES, "check that it is the right file");
                return Optional.empty();
            }
            var catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null
                    && catalog.getMarkInfo().isMarked();
            if (!tagged) {
                problems.warning(at, name + " is not a tagged PDF, so a screen reader cannot follow its structure; "
                        + "its pages are printed as figures described by their text, and the reports pack that holds "
                        + "it is published without a PDF/UA claim", "ask its author for a tagged (accessible) PDF: "
                        + "in Word, Save As PDF with 'Document structure tags for accessibility' ticked");
            }
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
            }
            Set<PDFormXObject> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDStream contents = new PDStream(document);
                try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(unmarked(new PDFStreamParser(page).parse()));
                }
                page.setContents(contents);
                page.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                unmarkForms(document, page.getResources(), seen);
            }
            catalog.getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            catalog.getCOSObject().removeItem(COSName.MARK_INFO);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return Optional.of(new Attachment.AttachedPdf(out.toByteArray(), pages, tagged, List.copyOf(texts)));
        } catch (IOException e) {
            problems.error(at, name + " is not a PDF that can be read: " + e.getMessage(),
                    "open it and save it again as PDF, or check that it is the right file");
            return Optional.empty();
        }
    }

    /** Removes marked content from the form XObjects a page draws, and from the forms they draw. */
    private static void unmarkForms(PDDocument document, PDResources resources, Set<PDFormXObject> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && seen.add(form)) {
                List<Object> tokens = unmarked(new PDFStreamParser(form).parse());
                try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(tokens);
                }
                form.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                form.getCOSObject().removeItem(COSName.STRUCT_PARENT);
                unmarkForms(document, form.getResources(), seen);
            }
        }
    }

    private static List<Object> unmarked(List<Object> tokens) {
        List<Object> out = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                if (!MARKS.contains(operator.getName())) {
                    out.addAll(operands);
                    out.add(operator);
                }
                operands.clear();
            } else {
                operands.add(token);
            }
        }
        out.addAll(operands);
        return out;
    }
}
