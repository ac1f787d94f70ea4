package org.committeepapers.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeepapers.model.Attachment;

/**
 * The reports-pack PDFs that earlier loads prepared, by the SHA-256 of their bytes: in this process, and, given
 * a {@link Store}, in earlier runs too. The preview loads the whole content again on every save, and each
 * {@code papers check} and build loads it afresh; preparing a PDF (reading it and its text, taking out its tags)
 * is the dearest part of a load, and a council's meetings may attach dozens. A file whose bytes are unchanged is
 * prepared once; what is wrong with it is still reported on every load, at the place that names it.
 *
 * <p>Only documents that could be prepared are stored; one that cannot be read, is encrypted or has too many
 * pages is looked at again each time, so its message is always the reader's own.
 */
public final class PdfMemory {
    /** Enough for every document of a council's meetings in a year; the least recently used goes first. */
    private static final int KEPT = 256;
    /** The first line of a stored entry's facts; a new layout of the facts (or of preparing) needs a new one. */
    static final String FORMAT = "committee-papers prepared pdf 1";
    static final String FACTS = "facts.txt";
    static final String PRINTABLE = "printable.pdf";

    /**
     * Where prepared documents outlive the run: a key-to-files store, such as the build's output cache. A store
     * that cannot be read or written costs only time.
     */
    public interface Store {
        Optional<Map<String, byte[]>> get(String key);

        void put(String key, Map<String, byte[]> files);
    }

    private final Store store;
    /** Stands for the code that prepares, in the store's keys: a new version of the tool prepares afresh. */
    private final String engine;
    private final Map<String, AttachedPdfs.Prepared> prepared = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AttachedPdfs.Prepared> eldest) {
            return size() > KEPT;
        }
    };

    /** A memory of this process only. */
    public PdfMemory() {
        this(null, null);
    }

    /** A memory that also keeps what it prepares in {@code store}, under keys that include {@code engine}. */
    public PdfMemory(Store store, String engine) {
        this.store = store;
        this.engine = engine;
    }

    AttachedPdfs.Prepared prepared(byte[] bytes) {
        String key = sha256(bytes);
        synchronized (prepared) {
            AttachedPdfs.Prepared known = prepared.get(key);
            if (known != null) {
                return known;
            }
        }
        // Prepared outside the lock: two loads at once may both prepare a new file, and keep the same result.
        String stored = store == null ? null
                : sha256(("attached-pdf\n" + FORMAT + "\n" + engine + "\n" + key).getBytes(StandardCharsets.UTF_8));
        AttachedPdfs.Prepared made = stored == null ? null : store.get(stored).flatMap(PdfMemory::read).orElse(null);
        if (made == null) {
            made = AttachedPdfs.fromBytes(bytes);
            if (stored != null && made.pdf() != null) {
                store.put(stored, write(made.pdf()));
            }
        }
        synchronized (prepared) {
            prepared.put(key, made);
        }
        return made;
    }

    /** The files of a stored entry: the printable PDF, and its facts as lines of text (page texts hold no line breaks). */
    static Map<String, byte[]> write(Attachment.AttachedPdf pdf) {
        StringBuilder facts = new StringBuilder(FORMAT).append('\n');
        facts.append("pages ").append(pdf.pageCount()).append('\n');
        facts.append("tagged ").append(pdf.tagged()).append('\n');
        for (String text : pdf.pageTexts()) {
            facts.append("text ").append(text.replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FACTS, facts.toString().getBytes(StandardCharsets.UTF_8));
        files.put(PRINTABLE, pdf.printable());
        return files;
    }

    /** A stored entry read back, or empty when it is not one this code wrote whole (then it is prepared again). */
    static Optional<AttachedPdfs.Prepared> read(Map<String, byte[]> files) {
        byte[] facts = files.get(FACTS);
        byte[] printable = files.get(PRINTABLE);
        if (facts == null || printable == null) {
            return Optional.empty();
        }
        String[] lines = new String(facts, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length < 4 || !lines[0].equals(FORMAT) || !lines[1].matches("pages [1-9]\\d{0,8}")
                || !lines[2].matches("tagged (true|false)") || !lines[lines.length - 1].isEmpty()) {
            return Optional.empty();
        }
        int pages = Integer.parseInt(lines[1].substring("pages ".length()));
        List<String> texts = new ArrayList<>();
        for (int i = 3; i < lines.length - 1; i++) {
            if (!lines[i].startsWith("text ")) {
                return Optional.empty();
            }
            texts.add(lines[i].substring("text ".length()));
        }
        if (texts.size() != pages) {
            return Optional.empty();
        }
        boolean tagged = lines[2].endsWith("true");
        return Optional.of(new AttachedPdfs.Prepared(new Attachment.AttachedPdf(printable, pages, tagged, List.copyOf(texts)),
                null, false, pages));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
