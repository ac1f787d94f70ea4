package org.committeepapers.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print stage: one HTML document to one tagged PDF/UA-1 (and PDF/A-3a) file with embedded fonts.
 *
 * <p>openhtmltopdf keeps per-document state in thread locals, so each call builds its own renderer and a
 * printer may be used from several threads at once. Output is byte-for-byte repeatable: the creation date
 * and the document ID are given, not taken from the clock.
 */
public final class PdfPrinter {
    /** Diagnostics that mean text would silently go missing from the PDF. */
    private static final Set<LogMessageId> FATAL = Set.of(
            LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY,
            LogMessageId.LogMessageId0Param.RENDER_BUG_FONT_DIDNT_CONTAIN_EXPECTED_CHARACTER,
            LogMessageId.LogMessageId0Param.GENERAL_PDF_SPECIFIED_FONTS_DONT_CONTAIN_A_SPACE_CHARACTER);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final String producer;

    public PdfPrinter(String producer) {
        this.producer = producer;
    }

    /**
     * Renders {@code html}.
     *
     * @param created when the document counts as made (from SOURCE_DATE_EPOCH or the sources)
     * @throws PrintFailure when a character has no glyph in the font, or rendering fails
     */
    public byte[] print(String html, Calendar created) {
        return print(html, created, null).pdf();
    }

    /**
     * A printed PDF and the page (counting from 1) on which each element whose id matches the pattern begins,
     * as laid out: the figures an index or a web page may quote as "page N".
     */
    public record Printed(byte[] pdf, java.util.Map<String, Integer> pages, int pageCount) {
    }

    /**
     * Renders {@code html} and finds where the elements with ids matching {@code ids} landed (none when null).
     *
     * @throws PrintFailure when a character has no glyph in the font, or rendering fails
     */
    public Printed print(String html, Calendar created, java.util.regex.Pattern ids) {
        Document document = Jsoup.parse(html);
        moveBookmarksIntoHead(document);
        // A template says so when the document holds pages that were not tagged at source (an attached PDF):
        // it is still tagged throughout, but cannot honestly claim PDF/UA.
        boolean claimUa = document.select("meta[name=pdfua][content=none]").isEmpty();
        List<Diagnostic> fatal = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .usePdfVersion(PdfRendererBuilder.PdfAConformance.PDFA_3_A.getPdfVersion())
                .useColorProfile(SRGB)
                .withProducer(producer)
                .withW3cDocument(new W3CDom().fromJsoup(document), "about:blank")
                // Nothing is fetched: the only resources are images a report carries inline, as data: addresses.
                .useExternalResourceAccessControl((uri, type) -> inline(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> inline(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(d -> {
                    if (FATAL.contains(d.getLogMessageId())) {
                        fatal.add(d);
                    }
                });
        Fonts fonts = Fonts.get();
        for (Fonts.Face face : Fonts.Face.values()) {
            builder.useFont(() -> fonts.open(face), Fonts.FAMILY, face.weight,
                    face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        // Diagnostics reach the consumer above; openhtmltopdf's JVM-wide log stays quiet for this thread only.
        PrintingLog.Scope quiet = PrintingLog.quiet();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            if (!fatal.isEmpty()) {
                throw new PrintFailure("text would be lost from the PDF: " + fatal.get(0).getFormattedMessage());
            }
            java.util.Map<String, Integer> pages = new java.util.TreeMap<>();
            if (ids != null) {
                // An element split over pages has a position on each; it begins on the first.
                renderer.findPagePositionsByID(ids)
                        .forEach(p -> pages.merge(p.getId(), p.getPageNo() + 1, Math::min));
            }
            PDDocument pdf = renderer.getPdfDocument();
            fixDatesAndId(pdf, created, html, claimUa);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            int pageCount = pdf.getNumberOfPages();
            pdf.close();
            return new Printed(out.toByteArray(), java.util.Collections.unmodifiableMap(pages), pageCount);
        } catch (IOException e) {
            throw new PrintFailure("could not write the PDF: " + e.getMessage(), e);
        } finally {
            quiet.close();
        }
    }

    private static boolean inline(String uri) {
        return uri != null && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
    }

    /** jsoup closes {@code <head>} at the unknown {@code <bookmarks>} tag; put it back where openhtmltopdf reads it. */
    private static void moveBookmarksIntoHead(Document document) {
        Element bookmarks = document.selectFirst("bookmarks");
        if (bookmarks != null) {
            document.head().appendChild(bookmarks);
        }
    }

    /** Replaces the clock time and random ID PDFBox would write with values fixed by the content. */
    private static void fixDatesAndId(PDDocument pdf, Calendar created, String html, boolean claimUa) throws IOException {
        pdf.getDocumentInformation().setCreationDate(created);
        pdf.getDocumentInformation().setModificationDate(created);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String stamp = DateConverter.toISO8601(created);
            xmp = xmp.replaceAll("<xmp:CreateDate>[^<]*</xmp:CreateDate>", "<xmp:CreateDate>" + stamp + "</xmp:CreateDate>")
                    .replaceAll("<xmp:ModifyDate>[^<]*</xmp:ModifyDate>", "<xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>");
            if (!claimUa) {
                xmp = xmp.replaceAll("\\s*<pdfuaid:part>[^<]*</pdfuaid:part>", "");
            }
            if (!xmp.contains("<xmp:ModifyDate>")) {
                xmp = xmp.replace("</xmp:CreateDate>", "</xmp:CreateDate><xmp:ModifyDate>" + stamp + "</xmp:ModifyDate>");
            }
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        }
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A calendar at {@code epochSeconds}, in UTC. */
    public static Calendar utc(long epochSeconds) {
        // Gregorian whatever the default locale (th-TH would give a Buddhist calendar, and another year).
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(epochSeconds * 1000);
        return calendar;
    }
}
