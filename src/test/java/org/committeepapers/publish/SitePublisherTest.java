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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
    @TempDir
    Path temp;

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes());
        }
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(temp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheWholeFolder() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher.publish(files("index.html", "one", "old/page.html", "stale"), site);
        SitePublisher.publish(files("index.html", "two", "a/b.html", "new"), site);
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals("new", Files.readString(site.resolve("a/b.html")));
        assertFalse(Files.exists(site.resolve("old")), "files of the previous build are gone");
        assertEquals(List.of("site"), siblings(), "no staging or backup folders are left behind");
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(site)),
                "the published folder is readable by a web server");
    }

    @Test
    void aFailedWriteLeavesThePublishedSiteAsItWas() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher.publish(files("index.html", "published"), site);
        assertThrows(IOException.class, () -> SitePublisher.publish(files("index.html", "new", "../escape.html", "x"), site));
        assertEquals("published", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void anInterruptedSwapIsRepairedOnTheNextRun() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher.publish(files("index.html", "published"), site);
        // Simulate a run killed between its two renames, and one killed while writing its staging folder.
        Files.move(site, temp.resolve(".site.old"));
        Files.createDirectories(temp.resolve(".site.new-123/half"));
        SitePublisher.publish(files("index.html", "next"), site);
        assertEquals("next", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void refusesToReplaceAFile() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("site"), "precious");
        assertThrows(IOException.class, () -> SitePublisher.publish(files("index.html", "x"), notAFolder));
        assertTrue(Files.isRegularFile(notAFolder));
    }
}
