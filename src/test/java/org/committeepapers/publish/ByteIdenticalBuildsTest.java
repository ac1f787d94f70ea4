package org.committeepapers.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.committeepapers.ChildJava;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same sources, same bytes: two clean builds of the shipped content, each in a JVM of its own (so anything
 * that depends on a run's hash seed, such as the iteration order of {@code Map.of}, shows up) and with a
 * different number of print jobs (one, and more than the cores), give the same files with the same bytes. A
 * build in the same JVM as earlier builds is compared by {@link NightlyBuildTest}. {@code site} is a link to a
 * versioned folder, so the resolved trees are compared.
 */
class ByteIdenticalBuildsTest {
    @TempDir
    Path temp;

    @Test
    void twoCleanBuildsInJvmsOfTheirOwnAreIdenticalToTheByte() throws Exception {
        List<Process> builds = new ArrayList<>();
        String[] jobs = {"1", "3"};
        for (int i = 0; i < jobs.length; i++) {
            Path out = temp.resolve("build-" + i).resolve("site");
            Files.createDirectories(out.getParent());
            builds.add(new ProcessBuilder(ChildJava.papers("build", "--clean", "--jobs", jobs[i], "--base-url",
                    "https://papers.example.gov.uk/", "--cache", temp.resolve("cache-" + i).toString(), "--out", out.toString()))
                    .redirectErrorStream(true).redirectOutput(temp.resolve("build-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < jobs.length; i++) {
            assertTrue(builds.get(i).waitFor(15, TimeUnit.MINUTES), "build " + i + " finished");
            assertEquals(0, builds.get(i).exitValue(), Files.readString(temp.resolve("build-" + i + ".log")));
        }
        Map<String, String> first = TestContent.tree(temp.resolve("build-0/site"));
        assertTrue(Files.isSymbolicLink(temp.resolve("build-0/site")), "site is a link to a versioned folder");
        assertTrue(first.containsKey(BuildReport.FILE) && first.containsKey("sitemap.xml")
                && first.containsKey(org.committeepapers.TestContent.PAPER_SLUG + "/" + OpenData.CSV)
                && first.keySet().stream().anyMatch(f -> f.endsWith(".pdf")), first.keySet().toString());
        for (int i = 1; i < jobs.length; i++) {
            Map<String, String> other = TestContent.tree(temp.resolve("build-" + i + "/site"));
            assertEquals(first.keySet(), other.keySet(), "the same files");
            TreeSet<String> differ = new TreeSet<>();
            first.forEach((file, bytes) -> {
                if (!bytes.equals(other.get(file))) {
                    differ.add(file);
                }
            });
            assertEquals(new TreeSet<>(), differ, "files that differ between build 0 and build " + i);
        }
        assertTrue(!first.get(BuildReport.FILE).contains("milliseconds"), "no timings in site/");
        assertTrue(first.values().stream().noneMatch(text -> text.contains(temp.toString())), "no absolute paths in output");
    }
}
