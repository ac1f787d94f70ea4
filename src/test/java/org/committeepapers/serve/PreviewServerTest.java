package org.committeepapers.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview: serves only the built files, reloads pages after a rebuild, shows errors and recovers. */
class PreviewServerTest {
    private static final String CARS = TestContent.PAPER + "block-cars.md";

    @TempDir
    Path temp;

    private static int status(int port, String rawPath) throws Exception {
        // A raw request line, so no client library tidies the path first.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(line.split(" ")[1]);
        }
    }

    private static String get(int port, String path) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path).openConnection();
        assertEquals(200, connection.getResponseCode(), path);
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void servesOnlyTheBuiltFilesAndReloadsAfterEachRebuild() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        try (PreviewServer server = new PreviewServer(content.root(), Path.of("templates"), 0)) {
            int port = server.port();
            String page = get(port, "/adults-and-health-business-cases/block-cars.html");
            assertTrue(page.contains("Currently we commission 26 block homecare cars"));
            assertTrue(page.contains("new EventSource('" + PreviewServer.EVENTS + "?since="), page);
            assertTrue(get(port, "/").contains("<h1>Committee papers</h1>"));
            HttpURLConnection pdf = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/" + TestContent.PAPER_SLUG + "/"
                    + TestContent.PAPER_SLUG + ".pdf").openConnection();
            assertEquals(200, pdf.getResponseCode(), "the appendix's PDF, printed on request");
            assertEquals("application/pdf", pdf.getContentType());
            assertEquals("%PDF-", new String(pdf.getInputStream().readNBytes(5), StandardCharsets.ISO_8859_1));
            for (String outside : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/adults-and-health-business-cases/../../pom.xml",
                    "//etc/passwd", "/..%2f..%2fetc/passwd", "/nothing-here.html"}) {
                assertEquals(404, status(port, outside), outside);
            }

            BlockingQueue<String> events = new ArrayBlockingQueue<>(16);
            Thread listener = new Thread(() -> {
                try {
                    HttpURLConnection sse = (HttpURLConnection) new URL("http://127.0.0.1:" + port + PreviewServer.EVENTS).openConnection();
                    BufferedReader reader = new BufferedReader(new InputStreamReader(sse.getInputStream(), StandardCharsets.UTF_8));
                    for (String line; (line = reader.readLine()) != null; ) {
                        if (line.startsWith("data:")) {
                            events.add(line.replaceFirst("^data: ?", "data: "));
                        }
                    }
                } catch (Exception e) {
                    events.add("failed: " + e);
                }
            });
            listener.setDaemon(true);
            listener.start();
            // Listening before the edit, or its event would go to nobody (however slow a busy machine is).
            long listening = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (server.listening() < 1 && System.nanoTime() < listening) {
                Thread.sleep(20);
            }
            assertEquals(1, server.listening(), "the page listens for reloads");

            content.replace(CARS, "Currently we commission", "At present we commission");
            server.rebuild();
            String event = events.poll(30, TimeUnit.SECONDS);
            assertTrue(event != null && event.startsWith("data: rebuilt"), String.valueOf(event));
            assertTrue(get(port, "/adults-and-health-business-cases/block-cars.html").contains("At present we commission"));

            content.replace(CARS, "category: Savings", "category: [Savings");
            server.rebuild();
            assertTrue(events.poll(30, TimeUnit.SECONDS) != null, "pages are told to reload after a failed build too");
            String broken = get(port, "/adults-and-health-business-cases/block-cars.html");
            assertTrue(broken.contains("id=\"papers-errors\""), "error overlay");
            assertTrue(broken.contains(content.file(CARS) + ":") && broken.contains("error: YAML syntax error"), broken);
            assertTrue(broken.contains("At present we commission"), "the last good page stays up under the overlay");

            content.replace(CARS, "category: [Savings", "category: Savings");
            server.rebuild();
            assertTrue(!get(port, "/adults-and-health-business-cases/block-cars.html").contains("papers-errors"), "recovered");
        }
    }

    @Test
    void aFirstBuildWithErrorsShowsThemOnEveryPageUntilFixed() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        content.replace(CARS, "category: Savings", "category: Savings: x");
        try (PreviewServer server = new PreviewServer(content.root(), Path.of("templates"), 0)) {
            int port = server.port();
            // One error; the shipped draft's "TBC" warning is listed with it.
            assertEquals(1, server.errors().stream().filter(org.committeepapers.problem.Problem::isError).count(),
                    String.valueOf(server.errors()));
            HttpURLConnection connection = (HttpURLConnection) new URL("http://127.0.0.1:" + port + "/").openConnection();
            assertEquals(404, connection.getResponseCode());
            String page = new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(page.contains("id=\"papers-errors\"") && page.contains("there is no good version to show yet"), page);
            assertTrue(page.contains(content.file(CARS) + ":" + content.lineOf(CARS, "Savings: x") + ":"), page);
            assertTrue(page.contains("new EventSource('" + PreviewServer.EVENTS + "?since="), "reloads once fixed");
            assertEquals(404, status(port, "/assets/nothing.css"), "only pages get the overlay");

            content.replace(CARS, "category: Savings: x", "category: Savings");
            server.rebuild();
            assertTrue(get(port, "/").contains("<h1>Committee papers</h1>"));
            assertTrue(!get(port, "/").contains("papers-errors"), "recovered");
        }
    }

    @Test
    void aPageMadeBeforeTheLatestRebuildIsReloadedAsSoonAsItListens() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        try (PreviewServer server = new PreviewServer(content.root(), Path.of("templates"), 0)) {
            int current = server.lastRebuild().generation();
            String page = get(server.port(), "/");
            assertTrue(page.contains(PreviewServer.EVENTS + "?since=" + current + "'"), page);
            assertEquals("", firstData(server.port(), "?since=" + current), "an up-to-date page is left alone");
            assertEquals("data: rebuilt " + current, firstData(server.port(), "?since=" + (current - 1)));
        }
    }

    /** The first data line on the events stream within a second, or "" when none comes. */
    private static String firstData(int port, String query) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + query + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        return line.replaceFirst("^data: ?", "data: ");
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // nothing more came
            }
            return "";
        }
    }

    @Test
    void aBusyPortIsRefusedAtOnce() throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        try (PreviewServer first = new PreviewServer(content.root(), Path.of("templates"), 0)) {
            try {
                new PreviewServer(content.root(), Path.of("templates"), first.port()).close();
                throw new AssertionError("a second server bound the same port");
            } catch (java.net.BindException expected) {
                // as it should be
            }
        }
    }

    @Test
    void watcherCallsBackOnceForABurstOfSaves() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("watched/sub"));
        BlockingQueue<String> calls = new ArrayBlockingQueue<>(16);
        try (SourceWatcher watcher = new SourceWatcher(java.util.List.of(temp.resolve("watched")), () -> calls.add("change"))) {
            Path file = dir.resolve("a.md");
            Files.writeString(file, "one");
            Files.writeString(dir.resolve("a.md.tmp"), "two");
            Files.move(dir.resolve("a.md.tmp"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertEquals("change", calls.poll(20, TimeUnit.SECONDS));
            Files.createDirectories(temp.resolve("watched/new"));
            Thread.sleep(500);
            calls.clear();
            Files.writeString(temp.resolve("watched/new/b.md"), "in a folder made after the start");
            assertEquals("change", calls.poll(20, TimeUnit.SECONDS));
        }
    }
}
