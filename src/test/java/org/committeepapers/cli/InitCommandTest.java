package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A council starts its own site folder with {@code papers init}; it builds at once with the installed tool. */
class InitCommandTest {
    @TempDir
    Path temp;

    private Cli build(Path site, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--content",
                site.resolve("content").toString(), "--templates", site.resolve("templates").toString(),
                "--out", site.resolve("site").toString()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void makesASiteThatBuildsAtOnceAndRefusesItsPlaceholdersUnderStrict() throws Exception {
        Path site = temp.resolve("borsetshire");
        Cli init = Cli.run("init", site.toString(), "--council", "Borsetshire County Council",
                "--committee", "cabinet=Cabinet", "--committee", "audit=Audit: and Governance Committee");
        assertEquals(0, init.exitCode(), init.all());
        String siteYaml = Files.readString(site.resolve("content/site.yaml"));
        assertTrue(siteYaml.contains("council: \"Borsetshire County Council\""), siteYaml);
        assertTrue(siteYaml.contains("- { id: audit, name: \"Audit: and Governance Committee\" }"), siteYaml);
        String workflow = Files.readString(site.resolve(".github/workflows/papers.yml"));
        assertTrue(workflow.contains("run: papers build --strict"), workflow);
        String settings = Files.readString(site.resolve(".vscode/settings.json"));
        assertTrue(settings.contains("\".papers/schema/paper.schema.json\": \"content/papers/*/paper.yaml\""), settings);
        for (String schema : new String[] {"site", "paper", "meeting", "pack"}) {
            assertTrue(Files.isRegularFile(site.resolve(".papers/schema/" + schema + ".schema.json")), schema);
        }

        Cli built = build(site);
        assertEquals(0, built.exitCode(), built.all());
        assertTrue(built.out().contains("for 1 paper(s), 1 meeting(s)"), built.all());
        assertTrue(Files.isRegularFile(site.resolve("site/example-business-cases/first-business-case.html")));
        try (Stream<Path> meetings = Files.list(site.resolve("site/meetings"))) {
            assertTrue(meetings.anyMatch(p -> p.toString().endsWith("-reports-pack.pdf")), "the meeting's reports pack");
        }
        assertFalse(Files.exists(site.resolve("site/schema")), "schemas are not published");
        assertGitSeesOnlySources(site);
        assertTrue(built.err().contains("warning: placeholder text is still here: 'TODO the directorate'"), built.all());

        java.util.Map<String, String> published = TestContent.tree(site.resolve("site"));
        Cli strict = build(site, "--strict");
        assertEquals(1, strict.exitCode(), strict.all());
        assertTrue(strict.err().contains("--strict treats as errors"), strict.all());
        assertEquals(published, TestContent.tree(site.resolve("site")), "nothing was written");
    }

    /** After a build, git (when installed) sees the sources and none of what the build wrote beside them. */
    private static void assertGitSeesOnlySources(Path site) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(git(site, "init", "-q").isPresent(), "git is not installed");
        String untracked = git(site, "status", "--porcelain", "--untracked-files=normal").orElseThrow();
        java.util.Set<String> seen = new java.util.TreeSet<>(untracked.lines().map(l -> l.substring(3)).toList());
        assertEquals(java.util.Set.of(".github/", ".gitignore", ".papers/", ".vscode/", "content/", "templates/"), seen,
                untracked);
    }

    private static java.util.Optional<String> git(Path dir, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString()));
        command.addAll(java.util.List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), out);
            return java.util.Optional.of(out);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    @Test
    void aSiteWithMeetingsButNoPapersBuilds() throws Exception {
        Path site = temp.resolve("meetings-only");
        assertEquals(0, Cli.run("init", site.toString()).exitCode());
        TestContent.copyTree(site.resolve("content/papers"), temp.resolve("moved"));
        org.committeepapers.publish.FileTrees.deleteTree(site.resolve("content/papers"));
        Path meeting;
        try (Stream<Path> meetings = Files.list(site.resolve("content/meetings"))) {
            meeting = meetings.findFirst().orElseThrow().resolve("meeting.yaml");
        }
        Files.writeString(meeting, Files.readString(meeting).replaceAll("(?s)    appendices:\n      - [a-z-]+\n", ""));
        Cli built = build(site);
        assertEquals(0, built.exitCode(), built.all());
        assertTrue(built.out().contains("for 0 paper(s), 1 meeting(s)"), built.all());
        assertTrue(Files.isRegularFile(site.resolve("site/index.html")));
    }

    @Test
    void aTemplateOverrideIsReadAtRunTimeAndAMisspeltOneIsAWarning() throws Exception {
        Path site = temp.resolve("themed");
        assertEquals(0, Cli.run("init", site.toString()).exitCode());
        Files.writeString(site.resolve("templates/style.css"), "body { color: #123456; }\n");
        Files.writeString(site.resolve("templates/_footer.ftlh"), "<p>our own partial</p>\n");
        Files.writeString(site.resolve("templates/indx.ftlh"), "<p>meant to be index.ftlh</p>\n");
        Cli built = build(site);
        assertEquals(0, built.exitCode(), built.all());
        assertEquals("body { color: #123456; }\n", Files.readString(site.resolve("site/assets/style.css")));
        assertTrue(built.err().contains("indx.ftlh:1:1: warning: the template 'indx.ftlh' has the name of no built-in "
                + "template, so it replaces nothing"), built.all());
        assertTrue(built.err().contains("hint: did you mean 'index.ftlh'?"), built.all());
        assertFalse(built.err().contains("_footer.ftlh") || built.err().contains("README.md"), built.all());
    }

    @Test
    void refusesAFolderInUseAndAMalformedCommittee() throws Exception {
        Path used = Files.createDirectories(temp.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "mine");
        Cli refused = Cli.run("init", used.toString());
        assertEquals(1, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("already exists and is not empty"), refused.all());
        assertEquals("mine", Files.readString(used.resolve("notes.txt")));
        Cli malformed = Cli.run("init", temp.resolve("new").toString(), "--committee", "Adults Committee");
        assertEquals(2, malformed.exitCode(), malformed.all());
        assertTrue(malformed.err().contains("--committee takes ID=NAME"), malformed.all());
        assertFalse(Files.exists(temp.resolve("new")));
    }
}
