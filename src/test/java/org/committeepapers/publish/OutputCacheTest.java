package org.committeepapers.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The cache never keeps half-written entries: not after a failed write, nor after a killed build. */
class OutputCacheTest {
    @TempDir
    Path cache;

    private List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(cache)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsPartWayLeavesNothing() throws IOException {
        Map<String, byte[]> clashing = new LinkedHashMap<>();
        clashing.put("a", new byte[] {1});
        clashing.put("a/b", new byte[] {2}); // 'a' is already a file: this write fails, as on a full disk
        new OutputCache(cache).put("key", clashing);
        assertEquals(List.of(), entries(), "no .new-* folder is left after the failed write");
        new OutputCache(cache).put("good", Map.of("x.html", new byte[] {3}));
        assertEquals(List.of("good"), entries());
        assertEquals(3, new OutputCache(cache).get("good").orElseThrow().get("x.html")[0]);
    }

    @Test
    void staleEntriesOfDeadBuildsAreRemovedAndLiveOnesKept() throws IOException {
        long live = ProcessHandle.current().pid();
        long dead = deadPid();
        Files.createDirectories(cache.resolve(".new-" + live + "-1/f"));
        Files.createDirectories(cache.resolve(".new-" + dead + "-2/f"));
        Files.createDirectories(cache.resolve(".new-1234567890123-old-style"));
        Files.createDirectories(cache.resolve("abc"));
        new OutputCache(cache).removeStale();
        assertEquals(List.of(".new-" + live + "-1", "abc"), entries());
    }

    /** A process id no process has now: a finished child's. */
    private static long deadPid() throws IOException {
        Process child = new ProcessBuilder("true").start();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertTrue(!child.isAlive());
        return child.pid();
    }
}
