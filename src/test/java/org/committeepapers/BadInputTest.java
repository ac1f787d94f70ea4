package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content mistakes: each gives a clear message at file:line:column with a hint, exit code 1, no stack
 * trace, and leaves an already published site exactly as it was.
 */
class BadInputTest {
    private static final String I2S = TestContent.PAPER + "invest-to-save.md";
    private static final String CARS = TestContent.PAPER + "block-cars.md";
    private static final String REABLEMENT = TestContent.PAPER + "reablement.md";
    private static final String PAPER_YAML = TestContent.PAPER + "paper.yaml";

    @TempDir
    Path temp;
    TestContent content;
    Path site;
    Map<String, String> publishedBefore;

    /** A site built from the shipped content, copied into place before each test as "the published site". */
    private static Path goodSite;

    @BeforeAll
    static void buildAGoodSiteOnce(@TempDir Path shared) {
        goodSite = shared.resolve("site");
        Cli first = Cli.run("build", "--content", TestContent.SHIPPED.toString(), "--out", goodSite.toString());
        assertEquals(0, first.exitCode(), first.all());
    }

    @BeforeEach
    void publishAGoodSiteFirst() throws IOException {
        content = TestContent.copyOfShipped(temp);
        site = temp.resolve("site");
        TestContent.copyTree(goodSite, site);
        publishedBefore = TestContent.tree(site);
    }

    /** Builds the broken content, expecting failure and an untouched site; returns what was printed. */
    private String buildFails() throws IOException {
        Cli result = Cli.run("build", "--content", content.root().toString(), "--out", site.toString());
        assertEquals(1, result.exitCode(), result.all());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace: " + result.all());
        assertEquals(publishedBefore, TestContent.tree(site), "the published site must be left exactly as it was");
        return result.err();
    }

    private String where(String relative, int line, int column) {
        return content.file(relative) + ":" + line + ":" + column + ": error: ";
    }

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), "expected to find\n  " + needle + "\nin\n" + haystack);
    }

    @Test
    void statedTotalThatDisagreesWithTheRows() throws IOException {
        content.replace(I2S, "schemes.total.investment: 3234", "schemes.total.investment: 3324");
        String err = buildFails();
        int line = content.lineOf(I2S, "schemes.total.investment: 3324");
        int column = content.columnOf(I2S, "3324");
        assertContains(err, where(I2S, line, column)
                + "stated 3,324 for schemes.total.investment but the rows add up to 3,234");
    }

    @Test
    void letterOInAFigure() throws IOException {
        content.replace(REABLEMENT, "2024-25: -480", "2024-25: -48O");
        String err = buildFails();
        assertContains(err, where(REABLEMENT, content.lineOf(REABLEMENT, "-48O"), content.columnOf(REABLEMENT, "-48O"))
                + "'2024-25' must be a number, but found '-48O'");
        assertContains(err, "hint: did you mean -480?");
    }

    @Test
    void thousandsSeparatorsInAFigure() throws IOException {
        content.replace(CARS, "2024-25: -2473", "2024-25: \"-2,473\"");
        assertContains(buildFails(), "hint: write numbers without thousands separators: -2473");
    }

    @Test
    void unknownKeyGetsADidYouMean() throws IOException {
        content.replace(REABLEMENT, "directorate:", "directorat:");
        String err = buildFails();
        assertContains(err, where(REABLEMENT, content.lineOf(REABLEMENT, "directorat:"), 1)
                + "unknown key 'directorat' in the proposal's front matter");
        assertContains(err, "hint: did you mean 'directorate'?");
        assertContains(err, "is missing 'directorate'");
    }

    @Test
    void missingRequiredField() throws IOException {
        content.replace(CARS, "eqia: Yes\n", "");
        assertContains(buildFails(), "error: the proposal's front matter is missing 'eqia'");
    }

    @Test
    void wrongChoiceGetsTheAllowedValues() throws IOException {
        content.replace(CARS, "category: Savings", "category: Saving");
        String err = buildFails();
        assertContains(err, "'category' must be one of Investment, Invest to save, Savings, Income, but found 'Saving'");
        assertContains(err, "did you mean 'Savings'?");
    }

    @Test
    void yamlSyntaxError() throws IOException {
        content.replace(PAPER_YAML, "title: Draft Business Cases for Adults and Health", "title: [Draft Business Cases");
        String err = buildFails();
        assertContains(err, content.file(PAPER_YAML) + ":");
        assertContains(err, "YAML syntax error");
    }

    @Test
    void tabIndentation() throws IOException {
        content.replace(CARS, "  environmental:", "\tenvironmental:");
        String err = buildFails();
        assertContains(err, content.file(CARS) + ":" + content.lineOf(CARS, "\tenvironmental:") + ":");
        assertContains(err, "YAML does not allow tabs for indentation");
    }

    @Test
    void duplicateKey() throws IOException {
        content.replace(CARS, "service: Commissioning", "service: Commissioning\nservice: Brokerage");
        String err = buildFails();
        assertContains(err, content.file(CARS) + ":");
        assertContains(err, "service");
        assertContains(err, "each key may appear only once");
    }

    @Test
    void figureReferencedButNotDefined() throws IOException {
        content.replace(CARS, "{{ cars.total.count | count }}", "{{ cars.total.cont | count }}");
        String err = buildFails();
        assertContains(err, where(CARS, content.lineOf(CARS, "cars.total.cont"), content.columnOf(CARS, "cars.total.cont"))
                + "there is no figure called 'cars.total.cont'");
        assertContains(err, "did you mean 'cars.total.count'?");
    }

    @Test
    void unknownTableInPlaceholder() throws IOException {
        content.replace(CARS, "{{ table cars }}", "{{ table car }}");
        String err = buildFails();
        assertContains(err, "there is no table 'car' in this proposal's 'tables:'");
        assertContains(err, "did you mean 'cars'?");
    }

    @Test
    void yearOutsideThePapersYears() throws IOException {
        content.replace(REABLEMENT, "2028-29: 0", "2029-30: 0");
        assertContains(buildFails(), "the year 2029-30 is not one of this paper's years (2023-24 to 2028-29)");
    }

    @Test
    void rowWithTheWrongNumberOfCells() throws IOException {
        content.replace(I2S, "[B/R.6.038, Learning Disabilities Pool – ending of pooled budget arrangements, 1115, -1469, -3717, -2040, -412, null]",
                "[B/R.6.038, Learning Disabilities Pool – ending of pooled budget arrangements, 1115, -1469, -3717, -2040, -412]");
        assertContains(buildFails(), "this row has 7 cell(s) but the table has 8 column(s)");
    }

    @Test
    void emptyFile() throws IOException {
        content.write(REABLEMENT, "");
        String err = buildFails();
        assertContains(err, where(REABLEMENT, 1, 1) + "the file is empty");
    }

    @Test
    void binaryFile() throws IOException {
        content.write(REABLEMENT, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertContains(buildFails(), where(REABLEMENT, 1, 1) + "this is a binary file, not text");
    }

    @Test
    void fiftyMegabyteFile() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(content.file(REABLEMENT).toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertContains(buildFails(), where(REABLEMENT, 1, 1) + "the file is 50.0 MB; a source file may be at most 1 MB");
    }

    @Test
    void deepNesting() throws IOException {
        String deep = "[".repeat(40) + "]".repeat(40);
        content.replace(PAPER_YAML, "notes:", "deep: " + deep + "\nnotes:");
        String err = buildFails();
        assertContains(err, content.file(PAPER_YAML) + ":");
        assertTrue(err.contains("nested") || err.contains("nesting"), err);
    }

    @Test
    void aliasBomb() throws IOException {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                """;
        content.write(PAPER_YAML, content.read(PAPER_YAML) + bomb);
        String err = buildFails();
        assertContains(err, "YAML aliases (*a) are not supported");
    }

    @Test
    void duplicateBpReference() throws IOException {
        content.replace(CARS, "bp_references: [B/R.6.003]", "bp_references: [B/R.6.013]");
        assertContains(buildFails(), "the BP reference B/R.6.013 is already used by");
    }

    @Test
    void proposalListedTwiceOrNotAtAllOrMissing() throws IOException {
        content.replace(PAPER_YAML, "  - reablement\n", "  - block-cars\n  - reablment\n");
        String err = buildFails();
        assertContains(err, "the proposal 'block-cars' is listed twice");
        assertContains(err, "there is no proposal file reablment.md");
        assertContains(err, "did you mean 'reablement'?");
        assertContains(err, content.file(REABLEMENT) + ":1:1: error: this proposal is not listed in its paper");
    }

    @Test
    void unknownCommittee() throws IOException {
        content.replace(PAPER_YAML, "committee: adults-and-health", "committee: adults-and-heath");
        assertContains(buildFails(), "there is no committee 'adults-and-heath' in site.yaml");
    }

    @Test
    void headingsThatSkipALevel() throws IOException {
        content.replace(CARS, "Key Adult Social Care Priority", "### Priorities\n\nKey Adult Social Care Priority");
        assertContains(buildFails(), "this heading is level 3 but follows level 0");
    }

    @Test
    void characterTheFontLacks() throws IOException {
        content.replace(CARS, "Currently we commission", "Currently (\u6f22) we commission");
        assertContains(buildFails(), where(CARS, content.lineOf(CARS, "\u6f22"), content.columnOf(CARS, "\u6f22"))
                + "the character '\u6f22' (U+6F22) is not in the PDF font Liberation Sans, so it cannot be printed");
    }

    @Test
    void imagesAreRefused() throws IOException {
        content.replace(CARS, "Currently we commission", "![A map](map.png)\n\nCurrently we commission");
        assertContains(buildFails(), where(CARS, content.lineOf(CARS, "![A map]"), 1) + "images are not supported in proposals");
    }

    @Test
    void tooManyYearsToPrint() throws IOException {
        StringBuilder years = new StringBuilder();
        for (int year = 2000; year < 2040; year++) {
            years.append(years.length() == 0 ? "" : ", ").append(year).append('-').append(String.format("%02d", (year + 1) % 100));
        }
        content.replace(PAPER_YAML, "years: [2023-24, 2024-25, 2025-26, 2026-27, 2027-28, 2028-29]", "years: [" + years + "]");
        assertContains(buildFails(), "the paper has 40 years, so its finance tables would have 42 columns; at most 16 fit a printed page");
    }

    @Test
    void everyErrorIsReportedInOneRun() throws IOException {
        content.replace(I2S, "schemes.total.investment: 3234", "schemes.total.investment: 3324");
        content.replace(REABLEMENT, "2024-25: -480", "2024-25: -48O");
        content.replace(CARS, "{{ cars.total.count | count }}", "{{ cars.total.cont | count }}");
        content.replace(PAPER_YAML, "appendix: Appendix 2", "appendix: Appendix 2\nappendx: 3");
        String err = buildFails();
        assertContains(err, "stated 3,324");
        assertContains(err, "-48O");
        assertContains(err, "cars.total.cont");
        assertContains(err, "unknown key 'appendx'");
        assertContains(err, "4 error(s); nothing was written.");
    }

    @Test
    void checkWritesNothingAndNamesTheFile() {
        content.replace(I2S, "schemes.total.investment: 3234", "schemes.total.investment: 3324");
        Path untouched = temp.resolve("never-created");
        Cli result = Cli.run("check", "--content", content.root().toString());
        assertEquals(1, result.exitCode(), result.all());
        assertContains(result.err(), content.file(I2S) + ":" + content.lineOf(I2S, "3324") + ":");
        assertFalse(Files.exists(untouched));
    }
}
