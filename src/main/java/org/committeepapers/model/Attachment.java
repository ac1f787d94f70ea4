package org.committeepapers.model;

import java.util.List;
import java.util.Map;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * A document an agenda item carries: a report or appendix as Markdown, a PDF, or another file (a spreadsheet,
 * say) that is published for download but not printed in the reports pack.
 *
 * @param title      as listed on the agenda, e.g. "Report" or "Appendix 1: Care home capacity plan"
 * @param fileName   the file's name in the meeting's folder
 * @param position   where the meeting.yaml names it
 * @param source     a Markdown document's text and file; null for other kinds
 * @param text       a Markdown document's text split at its figure references; null for other kinds
 * @param images     a Markdown document's images by the address written in it, with their bytes and alt text
 * @param bytes      the file as written (published for download); null for Markdown
 * @param pdf        a PDF's pages prepared for printing in the pack; null for other kinds
 * @param exempt     when not null, the document is exempt information and left out of the public build
 */
public record Attachment(Kind kind, String title, String fileName, SourcePosition position, SourceFile source,
        Text text, Map<String, Image> images, byte[] bytes, AttachedPdf pdf, Exempt exempt) {

    public enum Kind {
        MARKDOWN, PDF, OTHER
    }

    /** An image in a Markdown document: its alt text and bytes; {@code type} is "png" or "jpeg". */
    public record Image(String address, String alt, String type, byte[] bytes, SourcePosition position) {
    }

    /**
     * A PDF ready to go into a pack: its pages' marked content and structure removed (so they can be placed
     * inside the pack's own tagged figures), the text of each page (the figures' alternative text), and whether
     * the original was tagged.
     */
    public record AttachedPdf(byte[] printable, int pageCount, boolean tagged, List<String> pageTexts) {
    }

    /** Whether this document is exempt information. */
    public boolean isExempt() {
        return exempt != null;
    }
}
