package org.committeepapers.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No exempt information reaches any public output. A small council is built whose exempt case, exempt item and
 * exempt document carry a canary word and canary figures (also in a table's caption and column heading); then
 * every file the public build writes, and its cache, is read the ways a reader or a machine could: raw bytes
 * (HTML, sitemap, feed, build report, JSON), and for each PDF its text, document information, XMP metadata,
 * bookmarks, annotations and structure tree (alternative and actual text, titles). The members' build of the
 * same sources holds the canary (so the scan can see it) and marks every page.
 */
class ExemptLeakTest {
    private static final String CANARY = "Zebracanary7731";
    private static final List<String> CANARY_FIGURES = List.of("987,654", "987654", "£988m", "876,543", "876543");

    @TempDir
    static Path dir;
    private static Path content;

    @BeforeAll
    static void buildBoth() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("papers"));
        Files.copy(TestContent.SHIPPED.resolve("site.yaml"), content.resolve("site.yaml"));
        Cli made = Cli.run("new", "paper", "--content", content.toString(), "--title", "Small paper", "--committee",
                "adults-and-health");
        assertEquals(0, made.exitCode(), made.all());
        Path paper = content.resolve("papers/small-paper");
        Cli secret = Cli.run("new", "proposal", "--paper", paper.toString(), "--title", "Sale of " + CANARY + " House");
        assertEquals(0, secret.exitCode(), secret.all());
        Path secretCase = paper.resolve("sale-of-zebracanary7731-house.md");
        String year = Files.readString(paper.resolve("paper.yaml")).replaceAll("(?s).*years: \\[(\\d{4}-\\d{2}).*", "$1");
        String text = Files.readString(secretCase)
                .replace("{ label: Saving, role: saving, " + year + ": 0 }",
                        "{ label: Receipt from " + CANARY + ", role: income, " + year + ": -987654 }")
                .replace("impacts:", "tables:\n  bids:\n    caption: Bids for " + CANARY + " House\n    columns:\n"
                        + "      - { key: bidder, label: " + CANARY + " bidder }\n      - { key: amount, label: Bid, type: money }\n"
                        + "    rows:\n      - [A bidder, 876543]\nimpacts:")
                .replace("Summary / details of the proposal in Markdown.", "The " + CANARY + " site sells for "
                        + "{{ finance.total | £000 }}.\n\n{{ table bids }}\n\n");
        Files.writeString(secretCase, text);
        // The paper's introduction and the open report print the paper's total: in the public build, of the
        // published cases only, or the exempt amount would be given away.
        Files.writeString(paper.resolve("paper.yaml"), Files.readString(paper.resolve("paper.yaml"))
                .replace("  - sale-of-zebracanary7731-house", "  - { case: sale-of-zebracanary7731-house, exempt: { paragraph: 3 } }")
                .replace("What this appendix holds, in a sentence or two.", "Its cases come to {{ summary.total | £000 }}."));
        Path meeting = content.resolve("meetings/adults-and-health-2024-01-18");
        Files.createDirectories(meeting);
        Files.writeString(meeting.resolve("report.md"), "## Purpose\n\nAn open report. The appendix comes to "
                + "{{ small-paper.summary.total | £000 }}.\n");
        Files.writeString(meeting.resolve("secret.md"), "## " + CANARY + " terms\n\nThe price is £987,654.\n");
        Files.writeString(meeting.resolve("meeting.yaml"), """
                committee: adults-and-health
                date: 2024-01-18
                time: "10:00am"
                venue: Red Kite Room
                items:
                  - { number: 1, title: Apologies for absence }
                  - number: 2
                    title: Business planning
                    report: report.md
                    documents:
                      - { file: secret.md, title: "Appendix B: %1$s valuation", exempt: { paragraph: 3 } }
                    appendices: [small-paper]
                  - number: 3
                    title: Disposal of a property
                    report: secret.md
                    decision: Sold to %1$s Ltd.
                    exempt: { paragraph: 3 }
                """.formatted(CANARY));
        Files.createDirectories(content.resolve("packs"));
        Files.writeString(content.resolve("packs/cases.yaml"), """
                title: Cases
                date: 2024-01-18
                item: 4
                committees:
                  - committee: adults-and-health
                    sections:
                      - { letter: a, title: Cases, cases: [small-paper/first-business-case] }
                      - letter: b
                        title: Sale of a property
                        cases: [small-paper/sale-of-zebracanary7731-house]
                        exempt: { paragraph: 3 }
                """);
        for (String audience : List.of("public", "members")) {
            Cli built = Cli.run("build", "--content", content.toString(), "--templates", "templates", "--audience",
                    audience, "--out", dir.resolve(audience).toString(), "--cache", dir.resolve(audience + "-cache").toString(),
                    "--base-url", "https://papers.example.gov.uk/");
            assertEquals(0, built.exitCode(), built.all());
        }
    }

    @Test
    void noPublicOutputHoldsTheCanary() throws IOException {
        List<String> leaks = new ArrayList<>();
        int pdfs = scan(dir.resolve("public"), leaks) + scan(dir.resolve("public-cache"), leaks);
        assertTrue(leaks.isEmpty(), "exempt information in public outputs:\n" + String.join("\n", leaks));
        assertTrue(pdfs >= 4, "the scan read the paper, pack and reports pack PDFs and their cached copies: " + pdfs);
        String agenda = Files.readString(dir.resolve("public/meetings/adults-and-health-2024-01-18.html"));
        assertTrue(agenda.contains("Disposal of a property"), "the exempt item stays on the agenda");
        assertTrue(agenda.contains("Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local "
                + "Government Act 1972"), "with the statutory notice");
        String summary = Files.readString(dir.resolve("public/small-paper/index.html"));
        assertTrue(summary.contains("A business case: Not for publication by virtue of paragraph 3"), "the case's line is the notice: " + summary.substring(summary.indexOf("<table")));
        assertTrue(summary.contains("of the published cases (the exempt case is not included)"), "and the total says what it adds up");
        String pack = Files.readString(dir.resolve("public/packs/cases.html"));
        assertTrue(pack.contains("Sale of a property (Not for publication by virtue of paragraph 3"), "the exempt section's notice");
        assertTrue(pack.contains("Total of the published cases (exempt section 4b not included)"), "and the pack's total says so");
    }

    @Test
    void membersBuildHoldsItMarkedOnEveryPage() throws IOException {
        List<String> found = new ArrayList<>();
        scan(dir.resolve("members"), found);
        assertTrue(found.stream().anyMatch(f -> f.contains(".pdf") && f.contains("page text")), "in the PDFs: " + found);
        assertTrue(found.stream().anyMatch(f -> f.contains("meetings/adults-and-health-2024-01-18.html")), found.toString());
        try (Stream<Path> files = Files.walk(dir.resolve("members").toRealPath())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertTrue(Files.readString(file).contains("EXEMPT \u2013 NOT FOR PUBLICATION"), "unmarked: " + file);
            }
        }
        try (PDDocument pack = Loader.loadPDF(dir.resolve("members/meetings/adults-and-health-2024-01-18-reports-pack.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= pack.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(pack).contains("EXEMPT \u2013 NOT FOR PUBLICATION"), "page " + page + " is unmarked");
            }
        }
    }

    /** Every place under {@code root} where the canary shows; returns how many PDFs were read. */
    private static int scan(Path output, List<String> found) throws IOException {
        // The published site is a link to its current version: scan what it leads to.
        Path root = output.toRealPath();
        int pdfs = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String where = root.relativize(file).toString();
                check(where + " (bytes)", new String(bytes, StandardCharsets.UTF_8), found);
                if (bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
                    pdfs++;
                    scanPdf(where, bytes, found);
                }
            }
        }
        return pdfs;
    }

    private static void scanPdf(String where, byte[] bytes, List<String> found) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            check(where + " page text", new PDFTextStripper().getText(pdf), found);
            var info = pdf.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                check(where + " info " + key, String.valueOf(info.getCustomMetadataValue(key)), found);
            }
            if (pdf.getDocumentCatalog().getMetadata() != null) {
                check(where + " XMP", new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8), found);
            }
            StringBuilder outline = new StringBuilder();
            if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
                outline(pdf.getDocumentCatalog().getDocumentOutline(), outline);
            }
            check(where + " bookmarks", outline.toString(), found);
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    check(where + " annotation", String.valueOf(annotation.getContents()), found);
                }
            }
            StringBuilder tags = new StringBuilder();
            if (pdf.getDocumentCatalog().getStructureTreeRoot() != null) {
                tags(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            }
            check(where + " tag tree", tags.toString(), found);
        }
    }

    private static void outline(PDOutlineNode node, StringBuilder out) {
        node.children().forEach(item -> {
            out.append(item.getTitle()).append('\n');
            outline(item, out);
        });
    }

    private static void tags(PDStructureNode node, StringBuilder out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.append(element.getAlternateDescription()).append(' ').append(element.getActualText()).append(' ')
                        .append(element.getTitle()).append(' ').append(element.getExpandedForm()).append(' ')
                        .append(element.getCOSObject().getString(COSName.T)).append('\n');
                tags(element, out);
            }
        }
    }

    private static void check(String where, String text, List<String> found) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains(CANARY.toLowerCase(java.util.Locale.ROOT))) {
            found.add(where + ": the canary word");
        }
        for (String figure : CANARY_FIGURES) {
            if (text.contains(figure)) {
                found.add(where + ": the canary figure " + figure);
            }
        }
    }
}
