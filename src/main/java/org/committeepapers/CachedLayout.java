package org.committeepapers;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.committeepapers.print.PdfPrinter;

/**
 * A printed pack's layout as text, kept in the cache beside its PDF: the page count, then one {@code id page}
 * line per anchor. Never published.
 */
final class CachedLayout {
    /** The name it is kept under, beside the PDF. */
    static final String FILE = "layout.txt";

    private CachedLayout() {
    }

    static byte[] write(PdfPrinter.Printed printed) {
        StringBuilder text = new StringBuilder().append(printed.pageCount()).append('\n');
        printed.pages().forEach((id, page) -> text.append(id).append(' ').append(page).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static PdfPrinter.Printed read(byte[] pdf, byte[] layout) {
        String[] lines = new String(layout, StandardCharsets.UTF_8).split("\n");
        Map<String, Integer> pages = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].lastIndexOf(' ');
            pages.put(lines[i].substring(0, space), Integer.parseInt(lines[i].substring(space + 1)));
        }
        return new PdfPrinter.Printed(pdf, Collections.unmodifiableMap(pages), Integer.parseInt(lines[0]));
    }
}
