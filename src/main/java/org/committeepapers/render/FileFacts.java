package org.committeepapers.render;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a document link tells a reader before they follow it, in the GOV.UK way: "PDF, 216 KB, 22 pages".
 * Taken from the published file's own bytes, so the words cannot drift from the download.
 *
 * @param type  the kind of file, e.g. "PDF"
 * @param bytes its size
 * @param pages its page count, or 0 when not known (not a PDF)
 */
public record FileFacts(String type, long bytes, int pages) {
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    /** The facts of the file published at {@code path} with these bytes; a PDF's pages are counted. */
    public static FileFacts of(String path, byte[] content) {
        String type = typeOf(path);
        int pages = 0;
        if ("PDF".equals(type)) {
            try (PDDocument document = Loader.loadPDF(content)) {
                pages = document.getNumberOfPages();
            } catch (IOException e) {
                pages = 0;
            }
        }
        return new FileFacts(type, content.length, pages);
    }

    /** The kind of file, from its name: "PDF", or the extension in capitals. */
    public static String typeOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "File" : path.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** A size as people read it: whole kilobytes (at least 1) below a megabyte, else megabytes to one place. */
    public static String size(long bytes) {
        if (bytes < MB) {
            return Math.max(1, (bytes + KB / 2) / KB) + " KB";
        }
        long tenths = (bytes * 10 + MB / 2) / MB;
        return tenths / 10 + "." + tenths % 10 + " MB";
    }

    /** e.g. "PDF, 216 KB, 22 pages" ("1 page" for one). */
    public String text() {
        String text = type + ", " + size(bytes);
        return pages == 0 ? text : text + ", " + pages + (pages == 1 ? " page" : " pages");
    }
}
