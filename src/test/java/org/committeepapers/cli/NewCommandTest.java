package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new proposal or paper is complete and valid the moment it is written. */
class NewCommandTest {
    @TempDir
    Path temp;

    @Test
    void newProposalIsListedAndBuildsAtOnce() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path paper = content.file(TestContent.PAPER);
        Cli made = Cli.run("new", "proposal", "--paper", paper.toString(), "--title", "Review of day services");
        assertEquals(0, made.exitCode(), made.all());
        assertTrue(Files.readString(paper.resolve("review-of-day-services.md")).contains("title: Review of day services"));
        assertTrue(content.read(TestContent.PAPER + "paper.yaml").contains("  - financial-assessments\n  - review-of-day-services\n"));
        Cli check = Cli.run("check", "--content", content.root().toString());
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().contains("29 proposal(s)"), check.all());
        assertEquals(1, Cli.run("new", "proposal", "--paper", paper.toString(), "--title", "Review of day services").exitCode());
    }

    @Test
    void newPaperBuildsAtOnce() {
        TestContent content = TestContent.copyOfShipped(temp);
        Cli made = Cli.run("new", "paper", "--content", content.root().toString(), "--title", "Savings Proposals 2026-27",
                "--committee", "adults-and-health");
        assertEquals(0, made.exitCode(), made.all());
        Cli build = Cli.run("build", "--content", content.root().toString(), "--out", temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(Files.isRegularFile(temp.resolve("site/savings-proposals-2026-27/first-business-case.html")));
    }

    @Test
    void flowStyleListsAreExtendedToo() {
        assertEquals("proposals: [a, b, c]\n", NewCommand.Proposal.list("proposals: [a, b]\n", "c"));
        assertEquals("x: 1\nproposals:\n  - a\n  - b\n  - c\nnotes: []\n",
                NewCommand.Proposal.list("x: 1\nproposals:\n  - a\n  - b\nnotes: []\n", "c"));
    }
}
