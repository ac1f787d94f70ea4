package org.committeepapers.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What editors and people do to files while the preview runs: delete and rename them, save half a file, save
 * twice within a few milliseconds. The server never stops serving, shows the errors, and recovers.
 */
class PreviewEditsTest {
    private static final String CARS = TestContent.PAPER + "block-cars.md";
    private static final String REABLEMENT = TestContent.PAPER + "reablement.md";

    @TempDir
    Path temp;

    private static String get(int port, String path) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
        assertEquals(200, connection.getResponseCode(), path);
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void deletedRenamedAndHalfWrittenFiles() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        Path reablement = content.file(REABLEMENT);
        String saved = Files.readString(reablement);
        try (PreviewServer server = new PreviewServer(content.root(), Path.of("templates"), 0)) {
            int port = server.port();
            Files.delete(reablement);
            server.rebuild();
            String page = get(port, "/adults-and-health-business-cases/block-cars.html");
            assertTrue(page.contains("papers-errors") && page.contains("there is no proposal file reablement.md"), page);

            // Put back the way editors save: write elsewhere, then rename over.
            Path tmp = reablement.resolveSibling(".reablement.md.swp");
            Files.writeString(tmp, saved);
            Files.move(tmp, reablement, StandardCopyOption.ATOMIC_MOVE);
            server.rebuild();
            assertTrue(!get(port, "/adults-and-health-business-cases/reablement.html").contains("papers-errors"));

            // Half a file, as a save caught mid-write leaves it.
            String cars = Files.readString(content.file(CARS));
            Files.writeString(content.file(CARS), cars.substring(0, cars.length() / 3));
            server.rebuild();
            assertTrue(get(port, "/adults-and-health-business-cases/block-cars.html").contains("papers-errors"));
            assertTrue(get(port, "/").contains("Committee papers"), "the server keeps serving");
            Files.writeString(content.file(CARS), cars);
            server.rebuild();
            assertTrue(!get(port, "/adults-and-health-business-cases/block-cars.html").contains("papers-errors"));
        }
    }

    @Test
    void twoSavesWithinTenMillisecondsShowTheSecond() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        BlockingQueue<Integer> rebuilt = new ArrayBlockingQueue<>(16);
        try (PreviewServer server = new PreviewServer(content.root(), Path.of("templates"), 0);
                SourceWatcher watcher = server.watch(() -> rebuilt.add(server.lastRebuild().generation()))) {
            int port = server.port();
            content.replace(CARS, "Currently we commission", "First we commission");
            content.replace(CARS, "First we commission", "Second we commission");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String page = "";
            while (System.nanoTime() < deadline && !page.contains("Second we commission")) {
                rebuilt.poll(1, TimeUnit.SECONDS);
                page = get(port, "/adults-and-health-business-cases/block-cars.html");
            }
            assertTrue(page.contains("Second we commission"), "the later save wins");
            assertTrue(!page.contains("papers-errors"), page);
        }
    }

    /**
     * A save made once the port answers, while the first build runs, can carry a file time a little before the
     * build began: file times come from the kernel's coarse clock. Here the save is after the first build and its
     * time is set back to just before the server was made; watching must still see it and rebuild.
     */
    @Test
    void aSaveDuringTheFirstBuildIsSeenWhateverItsFileTime() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        java.nio.file.attribute.FileTime beforeTheServer = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis());
        try (PreviewServer server = new PreviewServer(content.root(), Path.of("templates"), 0)) {
            content.replace(CARS, "Currently we commission", "Meanwhile we commission");
            Files.setLastModifiedTime(content.file(CARS), beforeTheServer);
            try (SourceWatcher watcher = server.watch(() -> { })) {
                // watch() looks for such saves, and rebuilds, before it returns.
                assertTrue(get(server.port(), "/adults-and-health-business-cases/block-cars.html").contains("Meanwhile we commission"),
                        "rebuilt as watching began");
            }
        }
    }
}
