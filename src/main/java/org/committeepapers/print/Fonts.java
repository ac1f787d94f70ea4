package org.committeepapers.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The embedded font family: Liberation Sans (SIL Open Font Licence, metric-compatible with Arial), taken
 * from the {@code openpdf-fonts-extra} package on Maven Central rather than from binaries in this repository.
 * Loaded once and shared read-only by every renderer thread.
 */
public final class Fonts {
    public static final String FAMILY = "Liberation Sans";

    /** The four faces, by weight and italic flag. */
    public enum Face {
        REGULAR("Regular", 400, false), BOLD("Bold", 700, false), ITALIC("Italic", 400, true),
        BOLD_ITALIC("BoldItalic", 700, true);

        final String file;
        final int weight;
        final boolean italic;

        Face(String name, int weight, boolean italic) {
            this.file = "/liberation/LiberationSans-" + name + ".ttf";
            this.weight = weight;
            this.italic = italic;
        }
    }

    private static final Fonts INSTANCE = new Fonts();

    private final Map<Face, byte[]> bytes = new ConcurrentHashMap<>();
    private final CmapLookup regularCmap;
    private final Map<Integer, Boolean> covered = new ConcurrentHashMap<>();

    private Fonts() {
        for (Face face : Face.values()) {
            try (InputStream in = Fonts.class.getResourceAsStream(face.file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.file + " is missing from the classpath");
                }
                bytes.put(face, withoutGlyphSubstitution(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(Face.REGULAR)));
            regularCmap = font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag. PDFBox 3 otherwise runs every string through regex-based
     * glyph substitution, which took over a third of the rendering time; for English text it only turns "fi"
     * into a ligature, which is better avoided anyway because it hinders copying and searching the text.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record] = 'x';
            }
        }
        return copy;
    }

    public static Fonts get() {
        return INSTANCE;
    }

    public InputStream open(Face face) {
        return new ByteArrayInputStream(bytes.get(face));
    }

    /** True when the font has a glyph for {@code codePoint}; all four faces cover the same characters. */
    public boolean covers(int codePoint) {
        return covered.computeIfAbsent(codePoint, cp -> {
            synchronized (regularCmap) {
                return regularCmap.getGlyphId(cp) != 0;
            }
        });
    }

}
