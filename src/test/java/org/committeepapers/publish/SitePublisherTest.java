package org.committeepapers.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SitePublisherTest {
    @TempDir
    Path temp;

    static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes());
        }
        return files;
    }

    /** What lies beside the output, with the one published version's name (its number varies) as ".site-N". */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString().replaceAll("^\\.site-\\d+$", ".site-N")).sorted().toList();
        }
    }

    @Test
    void replacesTheWholeFolderByRelinking() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher.publish(files("index.html", "one", "old/page.html", "stale"), site);
        SitePublisher.publish(files("index.html", "two", "a/b.html", "new"), site);
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals("new", Files.readString(site.resolve("a/b.html")));
        assertFalse(Files.exists(site.resolve("old")), "files of the previous build are gone");
        assertTrue(Files.isSymbolicLink(site), "site is a link to the published version");
        assertEquals(List.of(".site-N", ".site.lock", "site"), siblings(), "no staging folders or old versions are left");
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(site.toRealPath())), "the published folder is readable by a web server");
    }

    @Test
    void theFirstPublishOverARealFolderTurnsItIntoALink() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("old"));
        Files.writeString(site.resolve("index.html"), "made by an earlier version");
        SitePublisher.publish(files("index.html", "new"), site);
        assertTrue(Files.isSymbolicLink(site));
        assertEquals(Map.of("index.html", "new"), TestContent.tree(site));
        assertEquals(List.of(".site-N", ".site.lock", "site"), siblings());
    }

    @Test
    void aFailedWriteLeavesThePublishedSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher.publish(files("index.html", "published"), site);
        assertThrows(IOException.class, () -> SitePublisher.publish(files("index.html", "new", "../escape.html", "x"), site));
        assertEquals("published", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".site-N", ".site.lock", "site"), siblings());
    }

    /** Thrown from a checkpoint: an Error, so that no catch block tidies up, as when the process is killed. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A build killed at each step of publishing, over a linked site and over a real folder (the first publish):
     * the site is always the complete old one or the complete new one, and the next build clears what is left.
     */
    @ParameterizedTest
    @ValueSource(strings = {"written", "versioned", "linked", "moved aside", "switched", "cleaned"})
    void aBuildKilledAtAnyStepLeavesACompleteOldOrNewSite(String step) throws IOException {
        for (boolean firstPublish : new boolean[] {false, true}) {
            Path site = temp.resolve(firstPublish ? "first" : "site");
            Map<String, String> old = Map.of("index.html", "old", "a/page.html", "old page");
            Map<String, String> fresh = Map.of("index.html", "new", "b/page.html", "new page");
            if (firstPublish) {
                Files.createDirectories(site.resolve("a"));
                old.forEach((path, text) -> write(site.resolve(path), text));
            } else {
                SitePublisher.publish(bytes(old), site);
            }
            try (PublishLock lock = PublishLock.acquire(site, java.time.Duration.ZERO)) {
                new SitePublisher(site, reached -> {
                    if (reached.equals(step)) {
                        throw new Killed();
                    }
                }).publish(bytes(fresh));
            } catch (Killed expected) {
                // The process died here.
            }
            Map<String, String> seen = Files.exists(site) ? TestContent.tree(site) : Map.of();
            if (!seen.equals(old) && !seen.equals(fresh)) {
                // Only the one-time move of a real folder may leave site/ missing, and the next run puts it back.
                assertTrue(firstPublish && step.equals("moved aside"), step + ": the site is " + seen);
            }
            SitePublisher.publish(bytes(fresh), site);
            assertEquals(fresh, TestContent.tree(site), step);
            String name = site.getFileName().toString();
            try (Stream<Path> list = Files.list(temp)) {
                assertEquals(List.of("." + name + "-N", "." + name + ".lock", name), list.map(p -> p.getFileName().toString())
                        .filter(n -> n.contains(name)).map(n -> n.replaceAll("-\\d+$", "-N")).sorted().toList(),
                        step + ": nothing left behind");
            }
        }
    }

    @Test
    void refusesToReplaceAFile() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("site"), "precious");
        assertThrows(IOException.class, () -> SitePublisher.publish(files("index.html", "x"), notAFolder));
        assertTrue(Files.isRegularFile(notAFolder));
    }

    private static Map<String, byte[]> bytes(Map<String, String> texts) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        texts.forEach((path, text) -> out.put(path, text.getBytes()));
        return out;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
