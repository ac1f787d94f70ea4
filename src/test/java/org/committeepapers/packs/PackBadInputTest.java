package org.committeepapers.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in packs and meetings: each is an error at the file and line that makes it, with a hint, exit
 * code 1 and no stack trace, and an already published site is left exactly as it was.
 */
class PackBadInputTest {
    private static final String PACK = "packs/business-cases.yaml";
    private static final String MEETING = "meetings/adults-and-health-2024-01-18/meeting.yaml";

    @TempDir
    Path temp;
    TestContent content;
    Path site;
    Map<String, String> publishedBefore;

    @BeforeEach
    void publishASiteFirst() throws IOException {
        content = TestContent.copyOfShipped(temp);
        // Content errors stop the build before anything is written, so any published tree will do.
        site = temp.resolve("site");
        Files.createDirectories(site.resolve("packs"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>published</title>");
        Files.write(site.resolve("packs/business-cases.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        publishedBefore = TestContent.tree(site);
    }

    private String buildFails() throws IOException {
        Cli result = Cli.run("build", "--content", content.root().toString(), "--out", site.toString());
        assertEquals(1, result.exitCode(), result.all());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace: " + result.all());
        assertEquals(publishedBefore, TestContent.tree(site), "the published site must be left exactly as it was");
        return result.err();
    }

    private String at(String relative, String text) {
        return content.file(relative) + ":" + content.lineOf(relative, text) + ":" + content.columnOf(relative, text)
                + ": error: ";
    }

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), "expected to find\n  " + needle + "\nin\n" + haystack);
    }

    @Test
    void sectionLetterUsedTwice() throws IOException {
        content.replace(PACK, "      - letter: c\n", "      - letter: b\n");
        String err = buildFails();
        int first = content.lineOf(PACK, "      - letter: b");
        assertContains(err, "section 4b is already used on line " + first);
        assertContains(err, "give each section its own letter");
    }

    @Test
    void caseListedUnderACommitteeThatDoesNotExist() throws IOException {
        content.replace(PACK, "  - committee: cabinet", "  - committee: cabinett");
        String err = buildFails();
        assertContains(err, at(PACK, "cabinett") + "there is no committee 'cabinett' in site.yaml");
        assertContains(err, "did you mean 'cabinet'?");
    }

    @Test
    void agendaItemPointingAtAMissingPaper() throws IOException {
        content.replace(MEETING, "      - adults-and-health-business-cases", "      - adults-and-health-busines-cases");
        String err = buildFails();
        assertContains(err, at(MEETING, "adults-and-health-busines-cases")
                + "item 4 appends the paper 'adults-and-health-busines-cases', but there is no such folder in papers/");
        assertContains(err, "did you mean 'adults-and-health-business-cases'?");
    }

    @Test
    void accidentalDuplicateCaseUnderAnotherCommittee() throws IOException {
        content.replace(PACK, "- { case: adults-and-health-business-cases/mental-health, joint: true }",
                "- adults-and-health-business-cases/mental-health");
        String err = buildFails();
        assertContains(err, at(PACK, "adults-and-health-business-cases/mental-health\n".strip())
                + "the case adults-and-health-business-cases/mental-health is already listed under the committee "
                + "'adults-and-health', in section 4a");
        assertContains(err, "if it is a joint proposal of both committees, write it as "
                + "'- { case: adults-and-health-business-cases/mental-health, joint: true }'");
    }

    @Test
    void duplicateCaseWithinOneCommitteeEvenIfMarkedJoint() throws IOException {
        content.replace(PACK, "        papers: [adults-and-health-temporary-funding-2022-23]",
                "        papers: [adults-and-health-temporary-funding-2022-23]\n"
                + "        cases:\n          - { case: adults-and-health-business-cases/reablement, joint: true }");
        String err = buildFails();
        assertContains(err, at(PACK, "{ case: adults-and-health-business-cases/reablement")
                + "the case adults-and-health-business-cases/reablement is already listed for this committee, in section 4a");
    }

    @Test
    void caseThatIsNotInItsPaper() throws IOException {
        content.replace(PACK, "adults-and-health-business-cases/mental-health", "adults-and-health-business-cases/mental-heath");
        String err = buildFails();
        assertContains(err, "the paper 'adults-and-health-business-cases' has no case 'mental-heath'");
        assertContains(err, "did you mean 'mental-health'?");
    }

    @Test
    void meetingDateThatIsNotADate() throws IOException {
        content.replace(MEETING, "date: 2024-01-18", "date: 18/01/2024");
        String err = buildFails();
        assertContains(err, at(MEETING, "18/01/2024") + "'date' must be a date written as year-month-day, but found '18/01/2024'");
    }

    @Test
    void itemsNumberedOutOfOrder() throws IOException {
        content.replace(MEETING, "  - number: 3\n", "  - number: 4\n");
        String err = buildFails();
        int line = content.lineOf(MEETING, "  - number: 4");
        assertContains(err, content.file(MEETING) + ":" + line + ":13: error: agenda items must be numbered 1, 2, 3 … "
                + "in the order they are written, but item 4 comes where item 3 should be");
    }

    @Test
    void unknownKeyInAMeetingGetsADidYouMean() throws IOException {
        content.replace(MEETING, "venue:", "venu:");
        String err = buildFails();
        assertContains(err, at(MEETING, "venu:") + "unknown key 'venu' in meeting.yaml");
        assertContains(err, "did you mean 'venue'?");
    }

    @Test
    void reportFileThatDoesNotExist() throws IOException {
        content.replace(MEETING, "report: business-planning.md", "report: business-plan.md");
        String err = buildFails();
        assertContains(err, at(MEETING, "business-plan.md") + "there is no report file business-plan.md");
        assertContains(err, "did you mean 'business-planning.md'?");
    }

    @Test
    void oneRunReportsTheMistakesInPackAndMeetingTogether() throws IOException {
        content.replace(PACK, "      - letter: c\n", "      - letter: b\n")
                .replace(PACK, "  - committee: cabinet", "  - committee: cabinett")
                .replace(MEETING, "  - number: 3\n", "  - number: 4\n");
        String err = buildFails();
        assertContains(err, "section 4b is already used");
        assertContains(err, "there is no committee 'cabinett'");
        assertContains(err, "but item 4 comes where item 3 should be");
        assertContains(err, "3 error(s)");
    }

    @Test
    void paperAppendedToAMeetingOfAnotherDateIsAWarning() throws IOException {
        content.replace("meetings/adults-2017-11-09/meeting.yaml", "date: 2017-11-09", "date: 2017-11-16");
        Cli check = Cli.run("check", "--content", content.root().toString());
        assertEquals(0, check.exitCode(), check.all());
        assertContains(check.err(), "warning: the paper 'adults-business-cases-2018-19' gives its meeting_date as "
                + "2017-11-09, but it is appended to the meeting of 2017-11-16");
    }

    @Test
    void templateOverrideThatDropsAnIdThePagesQuote() throws IOException {
        Path templates = temp.resolve("templates");
        TestContent.copyTree(Path.of("templates"), templates);
        Path pack = templates.resolve("pack-print.ftlh");
        Files.writeString(pack, Files.readString(pack).replace("<h2 id=\"${s.anchor}\">", "<h2>"));
        Cli result = Cli.run("build", "--content", content.root().toString(), "--templates", templates.toString(),
                "--out", site.toString());
        assertEquals(1, result.exitCode(), result.all());
        assertContains(result.err(), "template pack-print.ftlh: the printed document has no element with id 'section-4a'");
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.all());
        assertEquals(publishedBefore, TestContent.tree(site));
    }
}
