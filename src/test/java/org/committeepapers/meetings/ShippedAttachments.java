package org.committeepapers.meetings;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.committeepapers.print.PdfPrinter;

/**
 * Makes the binary files the shipped content carries, so that they are reproducible rather than opaque: the
 * care home capacity plan (a small tagged PDF printed by the tool itself) and the bar chart in the business
 * planning report (a PNG drawn without text, so no font can change its bytes). {@code ShippedAttachmentsTest}
 * checks that the committed files are exactly what this makes; to remake them after a change, run
 * {@code mvn -q -o test -Dtest=ShippedAttachmentsTest -Dremake=true}.
 */
final class ShippedAttachments {
    static final String MEETING = "meetings/adults-and-health-2024-01-18/";
    static final String PLAN = MEETING + "care-home-capacity-plan.pdf";
    static final String CHART = MEETING + "places-by-district.png";
    /** Care home places commissioned per district, the chart's bars (its alt text gives the same figures). */
    static final int[] PLACES = {412, 268, 305, 351, 190};

    private ShippedAttachments() {
    }

    static byte[] plan() {
        String html = """
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8"><title>Care home capacity plan 2024-27</title>
                <meta name="subject" content="Care home capacity plan"><meta name="description" content="Care home capacity plan 2024-27">
                <meta name="author" content="Cambridgeshire County Council">
                <style>@page { size: A4; margin: 25mm; } * { font-family: 'Liberation Sans'; } h2 { page-break-before: always; }</style>
                </head><body>
                <h1>Care home capacity plan 2024-27</h1>
                <p>This plan sets out how many care home places the council expects to commission in each district over
                the next three years, and how it will work with providers to meet that need.</p>
                <p>Demand for nursing places is expected to grow by about four per cent a year. Residential places are
                expected to stay level as more people are supported at home.</p>
                <h2>Next steps</h2>
                <p>The council will publish a market position statement in the spring, and review the plan each year
                with the Adults and Health Committee.</p>
                </body></html>
                """;
        return new PdfPrinter("Committee Papers").print(html,
                PdfPrinter.utc(LocalDate.of(2024, 1, 5).atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
    }

    static byte[] chart() throws IOException {
        BufferedImage image = new BufferedImage(300, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 160);
        g.setColor(new Color(0x1d, 0x70, 0xb8));
        for (int i = 0; i < PLACES.length; i++) {
            int height = PLACES[i] * 140 / 420;
            g.fillRect(20 + i * 55, 150 - height, 40, height);
        }
        g.setColor(Color.BLACK);
        g.drawLine(10, 150, 290, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Writes both files into {@code content}. */
    static void write(Path content) throws IOException {
        Files.write(content.resolve(PLAN), plan());
        Files.write(content.resolve(CHART), chart());
    }
}
