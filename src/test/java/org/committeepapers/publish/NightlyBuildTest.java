package org.committeepapers.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.committeepapers.Cli;
import org.committeepapers.ChildJava;
import org.committeepapers.TestContent;
import org.committeepapers.bench.SyntheticContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the nightly job relies on: repeatable bytes, a site that survives being killed, loud failures. */
class NightlyBuildTest {
    private static final String CARS = TestContent.PAPER + "block-cars.md";

    @TempDir
    Path temp;


    /**
     * A second build in the same JVM, with one print job, gives the bytes of the shared build of the shipped
     * content made earlier in this JVM (with as many jobs as processors): nothing a build leaves behind in the
     * JVM changes the next. Builds in JVMs of their own are compared by {@link ByteIdenticalBuildsTest}.
     */
    @Test
    void twoBuildsOfTheSameSourcesAreIdenticalToTheByte() throws Exception {
        Map<String, String> one = TestContent.tree(TestContent.shippedSiteOnDisk());
        Cli second = Cli.run("build", "--jobs", "1", "--out", temp.resolve("two").toString());
        assertEquals(0, second.exitCode(), second.all());
        Map<String, String> two = TestContent.tree(temp.resolve("two"));
        assertTrue(one.size() > 10);
        // Every file is compared; the build report, which the command adds, is compared between builds in JVMs
        // of their own by ByteIdenticalBuildsTest (it holds no timings).
        Map<String, String> withoutReport = new TreeMap<>(two);
        assertTrue(withoutReport.remove(BuildReport.FILE) != null, "the command writes its report");
        assertEquals(one, withoutReport);
        assertTrue(two.values().stream().noneMatch(text -> text.contains(temp.toString())), "no absolute paths in output");
    }

    @Test
    void killingTheBuildMidwayLeavesThePublishedSiteIntact() throws Exception {
        Path site = temp.resolve("site");
        TestContent.copyTree(TestContent.shippedSiteOnDisk(), site);
        Map<String, String> before = TestContent.tree(site);
        Path big = SyntheticContent.write(TestContent.SHIPPED, temp.resolve("big"), 60);
        // Child JVMs get a capped heap like the test JVM's, so the suite's memory stays bounded on a shared machine.
        Process child = new ProcessBuilder(ChildJava.papers("build", "--content", big.toString(), "--out", site.toString()))
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        // Wait until the child has started writing its staging folder, i.e. is mid-build, then kill -9.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive() && !stagingExists(temp)) {
            Thread.sleep(5);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Map<String, String> after = TestContent.tree(site);
        if (!after.equals(before)) {
            // Killed after the swap: then the site must be the whole new one, never a mixture.
            Path complete = temp.resolve("complete");
            assertEquals(0, Cli.run("build", "--content", big.toString(), "--out", complete.toString()).exitCode());
            assertEquals(TestContent.tree(complete), after, "the site is either the old one or the complete new one");
        }
        // The next build (of any content: here one paper, to be quick) publishes and clears what the kill left.
        Cli next = Cli.run("build", "--content", theBusinessCasesAlone(temp.resolve("small")).root().toString(),
                "--out", site.toString());
        assertEquals(0, next.exitCode(), next.all());
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(".site.lock", "site"), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".site.") || n.equals("site")).sorted().toList(), "leftovers cleared");
            assertEquals(1, Files.list(temp).filter(p -> p.getFileName().toString().matches("\\.site-\\d+")).count(),
                    "only the published version is kept");
        }
    }

    /**
     * The shipped content with only the paper most tests look at ({@link TestContent#PAPER}): no meetings, no
     * packs, no other papers. It builds in a fraction of the time, for the tests about how any build behaves.
     */
    static TestContent theBusinessCasesAlone(Path temp) throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        try (Stream<Path> entries = Files.list(content.root())) {
            for (Path entry : entries.toList()) {
                if (Files.isDirectory(entry) && !entry.getFileName().toString().equals("papers")) {
                    FileTrees.deleteTree(entry);
                }
            }
        }
        try (Stream<Path> papers = Files.list(content.root().resolve("papers"))) {
            for (Path paper : papers.toList()) {
                if (!TestContent.PAPER.equals("papers/" + paper.getFileName() + "/")) {
                    FileTrees.deleteTree(paper);
                }
            }
        }
        return content;
    }

    /** The staging folder appears only after everything has been computed and rendered, during writing. */
    private static boolean stagingExists(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith(".site.new-"));
        }
    }

    @Test
    void strictTurnsWarningsIntoErrors() throws IOException {
        TestContent content = theBusinessCasesAlone(temp);
        content.replace(CARS, "tables:\n", "tables:\n  unused:\n    caption: Never placed\n    columns: [ { key: a } ]\n"
                + "    rows: [ [x] ]\n");
        Path out = temp.resolve("out");
        Cli relaxed = Cli.run("build", "--content", content.root().toString(), "--out", out.toString());
        assertEquals(0, relaxed.exitCode(), relaxed.all());
        assertTrue(relaxed.err().contains("warning: the table 'unused' is declared but never placed"), relaxed.all());
        Cli strict = Cli.run("build", "--strict", "--content", content.root().toString(), "--out", temp.resolve("s").toString(),
                "--cache", temp.resolve("strict-cache").toString());
        assertEquals(1, strict.exitCode(), strict.all());
        assertTrue(strict.err().contains("warning: the table 'unused' is declared but never placed"), strict.all());
        assertTrue(strict.err().contains("1 warning(s), which --strict treats as errors; nothing was written."), strict.all());
        assertTrue(!Files.exists(temp.resolve("s")));
        // The warning was known before printing, and the build was sure to fail: it printed nothing (a printed PDF
        // would be in the cache).
        assertEquals(0, Files.exists(temp.resolve("strict-cache")) ? entries(temp.resolve("strict-cache")) : 0,
                "nothing printed");
    }

    @Test
    void brokenLinksFailTheBuildAtTheirSourceLine() throws IOException {
        TestContent content = theBusinessCasesAlone(temp);
        content.replace(CARS, "Currently we commission", "See [the old report](old-report.html). Currently we commission");
        Cli build = Cli.run("build", "--content", content.root().toString(), "--out", temp.resolve("out").toString());
        assertEquals(1, build.exitCode(), build.all());
        assertTrue(build.err().contains(content.file(CARS) + ":" + content.lineOf(CARS, "old-report.html") + ":"), build.all());
        assertTrue(build.err().contains("the link 'old-report.html' on adults-and-health-business-cases/"), build.all());
        assertTrue(build.err().contains("leads nowhere: there is no adults-and-health-business-cases/old-report.html"), build.all());
    }

    @Test
    void reportSitemapAndFeed() throws Exception {
        Path out = temp.resolve("out");
        String onePaper = theBusinessCasesAlone(temp).root().toString();
        Cli build = Cli.run("build", "--content", onePaper, "--base-url", "https://papers.example.gov.uk", "--out", out.toString());
        assertEquals(0, build.exitCode(), build.all());
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve(BuildReport.FILE).toFile());
        var pdf = report.get("files").get("adults-and-health-business-cases/adults-and-health-business-cases.pdf");
        assertEquals(Files.size(out.resolve("adults-and-health-business-cases/adults-and-health-business-cases.pdf")),
                pdf.get("bytes").asLong());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
                Files.readAllBytes(out.resolve("adults-and-health-business-cases/adults-and-health-business-cases.pdf")))),
                pdf.get("sha256").asText());
        assertTrue(pdf.get("sources").toString().contains("papers/adults-and-health-business-cases/invest-to-save.md"));
        assertTrue(report.get("milliseconds") == null, "timings are kept out of site/");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://papers.example.gov.uk/adults-and-health-business-cases/index.html</loc>"), sitemap);
        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("<title>Appendix 2: Draft Business Cases for Adults and Health</title>"), feed);
        assertTrue(feed.contains("<updated>2024-01-18T00:00:00Z</updated>"), feed);
        assertEquals(2, Cli.run("build", "--content", onePaper, "--base-url", "papers.example", "--out", out.toString()).exitCode());
    }

    private static long entries(Path cache) throws IOException {
        try (Stream<Path> list = Files.list(cache)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void incrementalBuildEqualsACleanBuildAndReusesUnchangedPapers() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        Path cache = temp.resolve("cache");
        Path out = temp.resolve("incremental");
        String root = content.root().toString();
        assertEquals(0, Cli.run("build", "--content", root, "--out", out.toString(), "--cache", cache.toString()).exitCode());
        long papers = entries(cache);
        assertEquals(4 + 4 + 7 + 1, papers, "each paper's PDF and, apart, its pages (which quote pack page numbers); "
                + "the pack, the five reports packs and a supplementary agenda's pack; the PDF attached to a meeting, "
                + "prepared for its reports pack");

        content.replace(CARS, "Currently we commission", "At present we commission");
        Cli again = Cli.run("build", "--content", root, "--out", out.toString(), "--cache", cache.toString());
        assertEquals(0, again.exitCode(), again.all());
        assertEquals(papers + 2 + 2, entries(cache), "only the changed paper's PDF and pages were made again, "
                + "and the two packs that print it: the budget pack and its meeting's reports pack");

        Path clean = temp.resolve("clean");
        Cli full = Cli.run("build", "--clean", "--content", root, "--out", clean.toString(), "--cache", temp.resolve("other").toString());
        assertEquals(0, full.exitCode(), full.all());
        assertEquals(TestContent.tree(clean), TestContent.tree(out));
        assertTrue(TestContent.tree(out).get("adults-and-health-business-cases/block-cars.html").contains("At present we commission"));

        // A changed template is a changed input: every paper is made again.
        TestContent.copyTree(Path.of("templates"), temp.resolve("templates"));
        Files.writeString(temp.resolve("templates/print.css"), Files.readString(temp.resolve("templates/print.css")) + "\n/* x */\n");
        assertEquals(0, Cli.run("build", "--content", root, "--templates", temp.resolve("templates").toString(),
                "--out", out.toString(), "--cache", cache.toString()).exitCode());
        assertEquals(papers + 4 + 15, entries(cache));
    }

    @Test
    void outputThatCannotBeWrittenIsAClearErrorAndChangesNothing() throws IOException {
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "a file where a folder should be");
        Cli build = Cli.run("build", "--out", blocker.resolve("site").toString());
        assertEquals(1, build.exitCode(), build.all());
        assertTrue(build.err().contains("error: cannot write") && build.err().contains("left as it was"), build.all());
        assertEquals("a file where a folder should be", Files.readString(blocker));
    }

    @Test
    void twoPapersWithTheSameAddressAndASymlinkLoop() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        TestContent.copyTree(content.file(TestContent.PAPER), content.file("papers/Adults-And-Health-Business-Cases"));
        Files.createSymbolicLink(content.file("papers/loop"), content.file("papers"));
        Cli check = Cli.run("check", "--content", content.root().toString());
        assertEquals(1, check.exitCode(), check.all());
        assertTrue(check.err().contains("this paper would have the same web address as"), check.all());
        assertTrue(check.err().contains("papers/loop:1:1: error: the paper folder has no paper.yaml"), check.all());
    }

    @Test
    void diskFullWhileWritingLeavesThePublishedSiteIntact() throws Exception {
        Path site = temp.resolve("site");
        TestContent.copyTree(TestContent.shippedSiteOnDisk(), site);
        Map<String, String> before = TestContent.tree(site);
        // ulimit -f caps the size of any file the child writes (in 1 KiB blocks): its PDFs no longer fit. Any
        // content will do, so one paper, to be quick.
        String onePaper = theBusinessCasesAlone(temp.resolve("small")).root().toString();
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", "ulimit -f 64; exec \"$@\"", "bash"));
        command.addAll(ChildJava.papers("build", "--content", onePaper, "--out", site.toString(), "--cache",
                temp.resolve("cache").toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, child.exitValue(), output);
        assertTrue(output.contains("error: cannot write") && output.contains("left as it was"), output);
        assertEquals(before, TestContent.tree(site));
    }

    @Test
    void tenThousandFilesWithOneBroken() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        String paper = "papers/many/";
        StringBuilder list = new StringBuilder();
        String template = content.read(TestContent.PAPER + "real-living-wage.md");
        for (int i = 0; i < 10_000; i++) {
            String name = String.format("case-%05d", i);
            list.append("  - ").append(name).append('\n');
            String text = template.replace("bp_references: [B/R.5.008]", "bp_references: [MANY/" + i + "]");
            content.write(paper + name + ".md", i == 7_777 ? text.replace("2024-25: 500", "2024-25: 5OO") : text);
        }
        content.write(paper + "paper.yaml", "title: Many\ncommittee: adults\nmeeting_date: 2024-01-01\nappendix: Appendix 9\n"
                + "years: [2023-24, 2024-25, 2025-26, 2026-27, 2027-28, 2028-29]\nproposals:\n" + list);
        Cli check = Cli.run("check", "--content", content.root().toString());
        assertEquals(1, check.exitCode(), check.all());
        assertTrue(check.err().contains("case-07777.md:"), check.all());
        assertTrue(check.err().contains("1 error(s)"), check.all());
    }

    @Test
    void jobsMustBePositive() {
        assertEquals(2, Cli.run("build", "--jobs", "0", "--out", temp.resolve("x").toString()).exitCode());
    }
}
