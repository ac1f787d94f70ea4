package org.committeepapers;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a preview keeps between rebuilds, in memory: what parsing each source yielded (the last texts of each
 * file), the attached PDFs prepared, and each paper's pages and PDF maker from the last successful preview,
 * under the paper's {@linkplain CacheKeys#source source key}. Only the last preview's pages are kept, so memory
 * does not grow with the number of saves.
 */
public final class PreviewMemory {
    private Map<String, Map<String, byte[]>> pages = Map.of();
    private Map<String, Supplier<byte[]>> pdfs = Map.of();
    /** The documents attached to meetings, prepared for the reports packs once while their bytes are unchanged. */
    private final org.committeepapers.load.PdfMemory attachments = new org.committeepapers.load.PdfMemory();

    /** What parsing each source yielded, so a save re-parses only the file saved. */
    private final org.committeepapers.load.ParseMemory parses = new org.committeepapers.load.ParseMemory();

    org.committeepapers.load.PdfMemory attachments() {
        return attachments;
    }

    org.committeepapers.load.ParseMemory parses() {
        return parses;
    }

    synchronized Optional<Map<String, byte[]>> pages(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    synchronized Supplier<byte[]> pdf(String key) {
        return pdfs.get(key);
    }

    synchronized void replace(Map<String, Map<String, byte[]>> pages, Map<String, Supplier<byte[]>> pdfs) {
        this.pages = Map.copyOf(pages);
        this.pdfs = Map.copyOf(pdfs);
    }
}
