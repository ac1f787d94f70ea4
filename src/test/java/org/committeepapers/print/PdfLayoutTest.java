package org.committeepapers.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.committeepapers.Pipeline;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables across pages: a long table repeats its header and keeps rows whole; a wide one turns landscape. */
class PdfLayoutTest {
    private static final String CARS = TestContent.PAPER + "block-cars.md";
    private static final int LONG_ROWS = 150;
    private static List<String> pages;
    private static List<PDRectangle> boxes;

    @BeforeAll
    static void build(@TempDir Path temp) throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        StringBuilder longRows = new StringBuilder();
        for (int i = 1; i <= LONG_ROWS; i++) {
            longRows.append("      - [Scheme number ").append(i).append(", ").append(i * 10).append("]\n");
        }
        StringBuilder wideColumns = new StringBuilder("      - { key: item, label: Item }\n");
        StringBuilder wideRow = new StringBuilder("      - [Wide row");
        for (int year = 2020; year < 2032; year++) {
            wideColumns.append("      - { key: ").append(year).append('-').append((year + 1) % 100).append(", type: money }\n");
            wideRow.append(", ").append(year);
        }
        content.replace(CARS, "tables:\n", "tables:\n"
                + "  schedule:\n    caption: Long schedule\n    columns:\n"
                + "      - { key: name, label: Scheme name }\n      - { key: cost, label: Cost, type: money }\n"
                + "    rows:\n" + longRows + "    total: Total of schedule\n"
                + "  wide:\n    caption: Twelve years side by side\n    columns:\n" + wideColumns
                + "    rows:\n" + wideRow + "]\n");
        content.replace(CARS, "{{ table cars }}", "{{ table cars }}\n\n{{ table schedule }}\n\n{{ table wide }}");
        byte[] pdf = Pipeline.run(Pipeline.Options.of(content.root(), Path.of("templates"), Pipeline.Output.PDF)).files()
                .get("adults-and-health-business-cases/adults-and-health-business-cases.pdf");
        pages = PdfText.pages(pdf);
        boxes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getPages().forEach(page -> boxes.add(page.getMediaBox()));
        }
    }

    @Test
    void longTablesRepeatTheirHeaderOnEveryPageAndKeepRowsWhole() {
        List<Integer> spanned = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Scheme number ")) {
                spanned.add(i);
            }
        }
        assertTrue(spanned.size() >= 2, "the schedule spans several pages");
        int rowsSeen = 0;
        for (int i : spanned) {
            assertTrue(pages.get(i).contains("Scheme name Cost"), "header repeated on page " + (i + 1));
            rowsSeen += pages.get(i).split("Scheme number ", -1).length - 1;
        }
        assertEquals(LONG_ROWS, rowsSeen, "every row printed once, none split or lost");
        int last = spanned.get(spanned.size() - 1);
        assertTrue(pages.get(last).contains("Total of schedule 113,250"), "the computed total row is with its table");
    }

    @Test
    void wideTablesGoOnALandscapePage() {
        int page = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Twelve years side by side")) {
                page = i;
            }
        }
        assertTrue(page >= 0, "the wide table is printed");
        assertTrue(boxes.get(page).getWidth() > boxes.get(page).getHeight(), "landscape");
        assertTrue(boxes.get(page - 1).getWidth() < boxes.get(page - 1).getHeight(), "the page before is portrait");
        assertTrue(pages.get(page).replaceAll("\\s+", " ").contains("Wide row 2,020 2,021"), pages.get(page));
    }
}
