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
        assertTrue(Files.readString(paper.resolve("review-of-day-services.md")).contains("title: \"Review of day services\""));
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

    /** A fresh site from {@code papers init}, small enough to build in a moment. */
    private Path freshSite() {
        Path site = temp.resolve("fresh");
        assertEquals(0, Cli.run("init", site.toString(), "--committee", "cabinet=Cabinet").exitCode());
        return site.resolve("content");
    }

    @Test
    void twoNewPapersNeverShareAReferenceAndBothBuild() throws Exception {
        Path content = freshSite();
        for (String title : new String[] {"Savings 2026-27", "Investments 2026-27"}) {
            Cli made = Cli.run("new", "paper", "--content", content.toString(), "--title", title, "--committee", "cabinet");
            assertEquals(0, made.exitCode(), made.all());
        }
        Cli made = Cli.run("new", "proposal", "--paper", content.resolve("papers/savings-2026-27").toString(),
                "--title", "Second case");
        assertEquals(0, made.exitCode(), made.all());
        java.util.List<String> references = new java.util.ArrayList<>();
        for (String file : new String[] {"example-business-cases/first-business-case.md", "savings-2026-27/first-business-case.md",
                "investments-2026-27/first-business-case.md", "savings-2026-27/second-case.md"}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("bp_references: \\[(\\S+)\\]")
                    .matcher(Files.readString(content.resolve("papers/" + file)));
            assertTrue(m.find(), file);
            references.add(m.group(1));
        }
        assertEquals(java.util.List.of("TBC-1", "TBC-2", "TBC-3", "TBC-4"), references);
        Cli build = Cli.run("build", "--content", content.toString(), "--out", temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.all());
    }

    @Test
    void anUnknownCommitteeIsRefusedAtOnceWithADidYouMean() {
        Path content = freshSite();
        Cli made = Cli.run("new", "paper", "--content", content.toString(), "--title", "Budget", "--committee", "cabinett");
        assertEquals(2, made.exitCode(), made.all());
        assertTrue(made.err().contains("there is no committee 'cabinett' in " + content.resolve("site.yaml")
                + "; did you mean 'cabinet'?"), made.all());
        assertTrue(!Files.exists(content.resolve("papers/budget")), "nothing written");
    }

    @Test
    void aDraftIsCheckedAndPreviewedButNeverBuilt() throws Exception {
        Path content = freshSite();
        assertEquals(0, Cli.run("new", "paper", "--content", content.toString(), "--title", "Unfinished",
                "--committee", "cabinet").exitCode());
        Path paperYaml = content.resolve("papers/unfinished/paper.yaml");
        Files.writeString(paperYaml, Files.readString(paperYaml).replace("# draft: true ", "draft: true   "));
        Cli build = Cli.run("build", "--content", content.toString(), "--out", temp.resolve("site").toString());
        assertEquals(0, build.exitCode(), build.all());
        assertTrue(build.out().contains("for 1 paper(s)"), build.all());
        assertTrue(build.out().contains("Left out 1 draft paper(s) (draft: true in paper.yaml): unfinished."), build.all());
        assertTrue(!Files.exists(temp.resolve("site/unfinished")));
        assertTrue(!Files.readString(temp.resolve("site/index.html")).contains("Unfinished"));
        Cli check = Cli.run("check", "--content", content.toString());
        assertEquals(0, check.exitCode(), check.all());
        assertTrue(check.out().contains("OK: 2 paper(s)"), check.all());
        var preview = org.committeepapers.Pipeline.run(org.committeepapers.Pipeline.Options.of(content,
                temp.resolve("templates"), org.committeepapers.Pipeline.Output.PREVIEW));
        assertTrue(preview.files().containsKey("unfinished/first-business-case.html"), "the preview shows drafts");
        Files.writeString(paperYaml, Files.readString(paperYaml).replace("draft: true", "draft: maybe"));
        Cli wrong = Cli.run("check", "--content", content.toString());
        assertEquals(1, wrong.exitCode(), wrong.all());
        assertTrue(wrong.err().contains("'draft' must be one of true, false, but found 'maybe'"), wrong.all());
    }

    @Test
    void flowStyleListsAreExtendedToo() {
        assertEquals("proposals: [a, b, c]\n", NewCommand.Proposal.list("proposals: [a, b]\n", "c"));
        assertEquals("x: 1\nproposals:\n  - a\n  - b\n  - c\nnotes: []\n",
                NewCommand.Proposal.list("x: 1\nproposals:\n  - a\n  - b\nnotes: []\n", "c"));
    }
}
