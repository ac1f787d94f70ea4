package org.committeepapers.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds that overlap: one lock per output, and readers only ever see a whole site. */
class ConcurrentPublishTest {
    private static final int FILES = 40;

    @TempDir
    Path temp;

    @Test
    void aSecondBuildStopsWithAClearMessageAndChangesNothing() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher.publish(SitePublisherTest.files("index.html", "published"), site);
        try (PublishLock held = PublishLock.acquire(site, Duration.ZERO)) {
            Cli second = Cli.run("build", "--content", TestContent.SHIPPED.toString(), "--out", site.toString());
            assertEquals(1, second.exitCode(), second.all());
            assertTrue(second.err().contains("error: another build of " + site + " is running (pid "
                    + ProcessHandle.current().pid() + "); try again when it finishes"), second.all());
        }
        assertEquals(Map.of("index.html", "published"), TestContent.tree(site));
    }

    @Test
    void overlappingPublishesNeverShowAnIncompleteSite() throws Exception {
        Path site = temp.resolve("site");
        SitePublisher.publish(version("v0"), site);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> seenWrong = new ConcurrentLinkedQueue<>();
        AtomicInteger wholeReads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                read(site, seenWrong, wholeReads);
            }
        });
        reader.start();
        AtomicInteger published = new AtomicInteger();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        List<Thread> builds = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            int build = b;
            builds.add(new Thread(() -> {
                for (int round = 0; round < 10; round++) {
                    try {
                        SitePublisher.publish(version("b" + build + "r" + round), site);
                        published.incrementAndGet();
                    } catch (PublishLock.Busy e) {
                        refused.add(e.getMessage());
                    } catch (IOException e) {
                        seenWrong.add("publish failed: " + e);
                    }
                }
            }));
        }
        builds.forEach(Thread::start);
        for (Thread build : builds) {
            build.join();
        }
        done.set(true);
        reader.join();
        assertEquals(List.of(), List.copyOf(seenWrong));
        assertEquals(40, published.get() + refused.size());
        assertTrue(published.get() > 0);
        refused.forEach(message -> assertTrue(message.startsWith("another build of " + site + " is running (pid "), message));
        assertTrue(wholeReads.get() > 0, "the reader read whole sites");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(3, left.count(), "site, its one version and the lock file: nothing else left behind");
        }
    }

    /** A complete site whose every file names its version. */
    private static Map<String, byte[]> version(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < FILES; i++) {
            files.put("dir" + (i % 5) + "/page" + i + ".html", name.getBytes());
        }
        return files;
    }

    /** Reads the version the site points at now; a version deleted while being read is simply read again. */
    private static void read(Path site, ConcurrentLinkedQueue<String> wrong, AtomicInteger whole) {
        if (!Files.exists(site)) {
            wrong.add("site/ was missing");
            return;
        }
        try {
            Path real = site.toRealPath();
            Map<String, String> tree = TestContent.tree(real);
            if (!site.toRealPath().equals(real)) {
                return; // replaced while being read, so perhaps partly deleted: read the new one
            }
            if (tree.size() != FILES || tree.values().stream().distinct().count() != 1) {
                wrong.add("an incomplete or mixed site: " + tree.size() + " files");
            } else {
                whole.incrementAndGet();
            }
        } catch (NoSuchFileException | java.io.UncheckedIOException e) {
            // The version was replaced and removed while being read: read the new one.
        } catch (IOException e) {
            wrong.add(e.toString());
        }
    }
}
