package org.committeepapers.packs;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads a printed pack back the way a member meets it: page text, index links and bookmarks. */
final class PdfReader {
    /** An entry's text, its dot leader, and the page number. */
    private static final Pattern TRAILING_PAGE = Pattern.compile("^(.*?)\\s*(?:\\.\\s*){2,}(\\d+)$");

    private PdfReader() {
    }

    /** An index entry: the text printed in its link (page number cut off), that number, and where it links. */
    record IndexEntry(String text, int printedPage, int linkedPage) {
    }

    /** A bookmark, the page it opens, and its children. */
    record Bookmark(String title, int page, List<Bookmark> children) {
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        return org.committeepapers.print.PdfText.pages(pdf);
    }

    /**
     * The 1-based pages whose text begins with {@code heading}, once the running {@code header}, the footer
     * and the numbers of an ordered list (which text extraction gives first) are set aside. Compared without
     * spaces: a title wrapped after "2018/" reads back as "2018 /19".
     */
    static List<Integer> pagesStartingWith(List<String> pages, String header, String heading) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String body = squash(pages.get(i).replaceAll("Page \\d+ of \\d+", ""));
            body = body.startsWith(header + " ") ? body.substring(header.length() + 1) : body;
            body = body.replaceFirst("^(\\d+\\. )+", "");
            if (body.replace(" ", "").startsWith(heading.replace(" ", ""))) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /**
     * Every internal link on {@code page} (1-based) whose text ends in a page number, top to bottom. A link
     * may come as several annotations on one line (its text, then its dot leader and number); those leading
     * to the same page are read as one.
     */
    static List<IndexEntry> indexEntries(byte[] pdf, int page) throws IOException {
        List<IndexEntry> entries = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage pdPage = document.getPage(page - 1);
            java.util.Map<String, Rectangle2D> lines = new java.util.LinkedHashMap<>();
            for (PDAnnotation annotation : pdPage.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                    int linked = ((PDPageDestination) go.getDestination()).retrievePageNumber() + 1;
                    PDRectangle r = link.getRectangle();
                    Rectangle2D box = new Rectangle2D.Float(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight());
                    lines.merge(linked + "@" + Math.round(r.getUpperRightY()), box, Rectangle2D::createUnion);
                }
            }
            float height = pdPage.getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            List<String> keys = new ArrayList<>(lines.keySet());
            keys.sort(java.util.Comparator.comparingDouble(k -> -lines.get(k).getMaxY()));
            for (String key : keys) {
                Rectangle2D r = lines.get(key);
                // Text areas are measured from the top of the page, link rectangles from the bottom; a little
                // wider than the link, as glyphs may start a fraction before its edge.
                stripper.addRegion(key, new Rectangle2D.Double(r.getMinX() - 2, height - r.getMaxY() - 1,
                        r.getWidth() + 4, r.getHeight() + 2));
            }
            stripper.extractRegions(pdPage);
            // A title wrapped over two lines has its number only on the last: carry the first line over.
            String carried = "";
            String carriedTarget = "";
            for (String key : keys) {
                String target = key.substring(0, key.indexOf('@'));
                String text = squash((target.equals(carriedTarget) ? carried : "") + " " + stripper.getTextForRegion(key));
                Matcher m = TRAILING_PAGE.matcher(text);
                if (m.matches()) {
                    entries.add(new IndexEntry(m.group(1).replaceAll("[\\s.]+$", ""), Integer.parseInt(m.group(2)),
                            Integer.parseInt(target)));
                    carried = "";
                } else {
                    carried = text;
                }
                carriedTarget = target;
            }
        }
        return entries;
    }

    static List<Bookmark> bookmarks(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return children(document, document.getDocumentCatalog().getDocumentOutline());
        }
    }

    private static List<Bookmark> children(PDDocument document, PDOutlineNode node) throws IOException {
        List<Bookmark> out = new ArrayList<>();
        for (PDOutlineItem item : node.children()) {
            out.add(new Bookmark(item.getTitle(), document.getPages().indexOf(item.findDestinationPage(document)) + 1,
                    children(document, item)));
        }
        return out;
    }
}
