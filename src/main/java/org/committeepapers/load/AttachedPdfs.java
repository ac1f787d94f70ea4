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

    /**
     * What a PDF's bytes make, whatever the file is called: the prepared document, or why there is none (it
     * cannot be read, is encrypted, or has no pages or too many). Kept by a {@link PdfMemory}.
     */
    record Prepared(Attachment.AttachedPdf pdf, String unreadable, boolean encrypted, int pages) {
    }

    /** {@code bytes}, the file {@code name} named at {@code at}, prepared; what is wrong reported to {@code problems}. */
    static Optional<Attachment.AttachedPdf> prepare(byte[] bytes, String name, SourcePosition at, Problems problems,
            PdfMemory memory) {
        Prepared prepared = memory == null ? fromBytes(bytes) : memory.prepared(bytes);
        if (prepared.unreadable() != null) {
            problems.error(at, name + " is not a PDF that can be read: " + prepared.unreadable(),
                    "open it and save it again as PDF, or check that it is the right file");
        } else if (prepared.encrypted()) {
            problems.error(at, name + " is encrypted, so it cannot be printed in the reports pack",
                    "save an unprotected copy of it");
        } else if (prepared.pdf() == null) {
            problems.error(at, name + " has " + prepared.pages() + " pages; a document in a reports pack must have 1 to "
                    + MAX_PAGES, "check that it is the right file");
        } else if (!prepared.pdf().tagged()) {
            problems.warning(at, name + " is not a tagged PDF, so a screen reader cannot follow its structure; "
                    + "its pages are printed as figures described by their text, and the reports pack that holds "
                    + "it is published without a PDF/UA claim", "ask its author for a tagged (accessible) PDF: "
                    + "in Word, Save As PDF with 'Document structure tags for accessibility' ticked");
        }
        return Optional.ofNullable(prepared.pdf());
    }

    /** The document {@code bytes} make, or why there is none; nothing reported, as the bytes have no name. */
    static Prepared fromBytes(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                return new Prepared(null, null, true, 0);
            }
            int pages = document.getNumberOfPages();
            if (pages == 0 || pages > MAX_PAGES) {
                return new Prepared(null, null, false, pages);
            }
            var catalog = document.getDocumentCatalog();
            boolean tagged = catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null
                    && catalog.getMarkInfo().isMarked();
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
            return new Prepared(new Attachment.AttachedPdf(out.toByteArray(), pages, tagged, List.copyOf(texts)), null,
                    false, pages);
        } catch (IOException e) {
            return new Prepared(null, String.valueOf(e.getMessage()), false, 0);
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
