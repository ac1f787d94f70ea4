package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papers new meeting}: a complete meeting that builds at once, refused for an unknown committee or a taken date. */
class NewMeetingCommandTest {
    @TempDir
    Path temp;

    @Test
    void newMeetingBuildsAtOnceWithItsAgendaAndReport() throws Exception {
        Path content = temp.resolve("content");
        Files.createDirectories(content);
        Files.copy(TestContent.SHIPPED.resolve("site.yaml"), content.resolve("site.yaml"));
        assertEquals(0, Cli.run("new", "paper", "--content", content.toString(), "--title", "Small paper",
                "--committee", "adults").exitCode());
        Cli made = Cli.run("new", "meeting", "--content", content.toString(), "--committee", "adults-and-health",
                "--date", "2027-03-11", "--venue", "Council Chamber: New Shire Hall");
        assertEquals(0, made.exitCode(), made.all());
        Path meeting = content.resolve("meetings/adults-and-health-2027-03-11");
        assertTrue(Files.isRegularFile(meeting.resolve("report.md")));
        Cli build = Cli.run("build", "--content", content.toString(), "--templates", "templates",
                "--out", temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.all());
        // The text still to be written is marked TODO: a warning in a plain build, refused by --strict.
        assertTrue(build.err().contains("adults-and-health-2027-03-11/meeting.yaml:16:12: warning: placeholder text is "
                + "still here: 'TODO report title'"), build.all());
        assertTrue(build.err().contains("adults-and-health-2027-03-11/report.md:3:1: warning: placeholder text"), build.all());
        Cli strict = Cli.run("build", "--strict", "--content", content.toString(), "--templates", "templates",
                "--out", temp.resolve("strict").toString());
        assertEquals(1, strict.exitCode(), strict.all());
        String agenda = Files.readString(temp.resolve("site/meetings/adults-and-health-2027-03-11.html"));
        for (String item : new String[] {"Apologies for absence and declarations of interest",
                "Minutes of the previous meeting and action log", "TODO report title", "Council Chamber: New Shire Hall"}) {
            assertTrue(agenda.contains(item), item);
        }
        assertTrue(Files.isRegularFile(temp.resolve("site/meetings/adults-and-health-2027-03-11-reports-pack.pdf")));
    }

    @Test
    void unknownCommitteeGetsADidYouMeanAndATakenDateIsRefused() {
        TestContent content = TestContent.copyOfShipped(temp);
        Cli unknown = Cli.run("new", "meeting", "--content", content.root().toString(), "--committee", "adults-and-heath",
                "--date", "2027-03-11");
        assertEquals(1, unknown.exitCode(), unknown.all());
        assertTrue(unknown.err().contains("there is no committee 'adults-and-heath'")
                && unknown.err().contains("did you mean 'adults-and-health'?"), unknown.all());
        Cli taken = Cli.run("new", "meeting", "--content", content.root().toString(), "--committee", "adults-and-health",
                "--date", "2024-01-18");
        assertEquals(1, taken.exitCode(), taken.all());
        assertTrue(taken.err().contains("already exists"), taken.all());
        assertTrue(content.read("meetings/adults-and-health-2024-01-18/meeting.yaml").contains("care-home-capacity-plan.pdf"),
                "the existing meeting is untouched");
    }
}
