package org.committeepapers.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher never fails silently: a failed rebuild or a stopped watch is reported, and watching goes on. */
class SourceWatcherTest {
    @TempDir
    Path temp;

    @Test
    void aRebuildThatThrowsIsReportedAndWatchingGoesOn() throws Exception {
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        AtomicBoolean fail = new AtomicBoolean(true);
        try (SourceWatcher watcher = new SourceWatcher(List.of(temp), () -> {
            calls.add("change");
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("broken on purpose");
            }
        }, said::add)) {
            Files.writeString(temp.resolve("a.md"), "one");
            assertEquals("change", calls.poll(20, TimeUnit.SECONDS));
            String message = said.poll(20, TimeUnit.SECONDS);
            assertNotNull(message);
            assertTrue(message.startsWith("error: the rebuild failed: java.lang.IllegalStateException: broken on purpose"), message);
            Files.writeString(temp.resolve("a.md"), "two");
            assertEquals("change", calls.poll(20, TimeUnit.SECONDS), "still watching");
        }
    }

    @Test
    void aWatchThatStopsIsReportedAndStartedAgain() throws Exception {
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(temp), () -> calls.add("change"), said::add)) {
            watcher.breakWatch();
            String message = said.poll(20, TimeUnit.SECONDS);
            assertNotNull(message, "the stop was reported");
            assertTrue(message.startsWith("error: the file watcher stopped") && message.endsWith("watching again"), message);
            calls.poll(5, TimeUnit.SECONDS); // the rebuild after a restart, in case a save was missed
            Thread.sleep(200);
            calls.clear();
            Files.createDirectories(temp.resolve("sub"));
            Thread.sleep(300);
            calls.clear();
            Files.writeString(temp.resolve("sub/b.md"), "after the restart");
            assertEquals("change", calls.poll(20, TimeUnit.SECONDS), "watching again");
            assertTrue(!watcher.stopped().isDone(), "still running");
        }
    }

    @Test
    void aWatchThatKeepsStoppingEndsWithAFailure() throws Exception {
        BlockingQueue<String> said = new LinkedBlockingQueue<>();
        try (SourceWatcher watcher = new SourceWatcher(List.of(temp), () -> { }, said::add)) {
            for (int i = 0; i <= SourceWatcher.RESTARTS; i++) {
                watcher.breakWatch();
                assertNotNull(said.poll(20, TimeUnit.SECONDS), "stop " + (i + 1) + " reported");
            }
            ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> watcher.stopped().get(20, TimeUnit.SECONDS));
            assertTrue(failed.getCause().getMessage().contains("stopped " + SourceWatcher.RESTARTS + " times"), failed.getCause().getMessage());
        }
    }
}
