package org.committeepapers.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reports-pack PDFs that earlier loads in this process prepared, by the SHA-256 of their bytes. The preview
 * loads the whole content again on every save, and preparing a PDF (reading it and its text, taking out its
 * tags) is the dearest part of a load: a council's meetings may attach dozens. A file whose bytes are unchanged
 * is prepared once; what is wrong with it is still reported on every load, at the place that names it.
 */
public final class PdfMemory {
    /** Enough for every document of a council's meetings in a year; the least recently used goes first. */
    private static final int KEPT = 256;

    private final Map<String, AttachedPdfs.Prepared> prepared = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AttachedPdfs.Prepared> eldest) {
            return size() > KEPT;
        }
    };

    AttachedPdfs.Prepared prepared(byte[] bytes) {
        String key = sha256(bytes);
        synchronized (prepared) {
            AttachedPdfs.Prepared known = prepared.get(key);
            if (known != null) {
                return known;
            }
        }
        // Prepared outside the lock: two loads at once may both prepare a new file, and keep the same result.
        AttachedPdfs.Prepared made = AttachedPdfs.fromBytes(bytes);
        synchronized (prepared) {
            prepared.put(key, made);
        }
        return made;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
