package org.committeepapers.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What keeps the preview safe and bounded: it answers only to localhost names on the loopback address, serves
 * nothing outside the built files however the path is encoded, lets a closed page's event stream go at once,
 * and refuses event streams beyond its limit, with a reason.
 */
class PreviewSafetyTest {
    @TempDir
    static Path temp;

    static PreviewServer server;
    /**
     * The server is started from a thread of this group, so every thread it makes, and every thread those make,
     * is in it: its threads are counted apart from those of the classes that run beside this one.
     */
    static final ThreadGroup SERVER_THREADS = new ThreadGroup("preview-under-test");

    @BeforeAll
    static void start() throws Exception {
        Exception[] failed = new Exception[1];
        Thread starter = new Thread(SERVER_THREADS, () -> {
            try {
                server = new PreviewServer(TestContent.copyOfShipped(temp).root(), Path.of("templates"), 0);
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "preview-starter");
        starter.start();
        starter.join();
        if (failed[0] != null) {
            throw failed[0];
        }
        assertTrue(server.errors().isEmpty(), String.valueOf(server.errors()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A response to a raw request: its status and everything after the status line. */
    record Answer(int status, String rest) {
    }

    private static Answer request(String rawPath, String hostLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(all.split(" ", 3)[1]), all);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:PORT", "127.0.0.1:PORT", "[::1]:PORT", "LOCALHOST:PORT"})
    void answersToLocalhostNames(String host) throws Exception {
        assertEquals(200, request("/", "Host: " + host.replace("PORT", "" + server.port()) + "\r\n").status(), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example:PORT", "localhost.evil.example:PORT", "127.0.0.1.nip.io:PORT", "10.0.0.1:PORT",
            "localhost:1", "localhost:PORT0", "[::2]:PORT", "", "NONE"})
    void refusesAnyOtherHostWithAReason(String host) throws Exception {
        String line = host.equals("NONE") ? "" : "Host: " + host.replace("PORT", "" + server.port()) + "\r\n";
        for (String path : List.of("/", PreviewServer.EVENTS)) {
            Answer answer = request(path, line);
            assertTrue(answer.status() == 421 || answer.status() == 400, host + " " + path + ": " + answer);
            assertFalse(answer.rest().contains("Committee papers"), "no page content for " + host);
        }
        Answer answer = request("/", line);
        // 400 is Undertow refusing a malformed header itself; 421 is the preview's answer, with the reason.
        assertTrue(answer.status() == 400 || answer.rest().contains("The preview answers only at http://localhost:"
                + server.port() + "/"), answer.rest());
    }

    @ParameterizedTest
    @CsvSource({"localhost:8000,8000,true", "localhost,8000,true", "[::1]:8000,8000,true", "127.0.0.1:8001,8000,false",
            "[::1],8000,true", "::1,8000,false", "localhost:8000:8000,8000,false", "localhost.,8000,false"})
    void theHostRule(String host, int port, boolean allowed) {
        assertEquals(allowed, LocalhostOnly.allowed(host, port), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/%2E%2E/pom.xml", "/..%2fpom.xml", "/..%2Fpom.xml",
            "/..%5cpom.xml", "/%252e%252e/pom.xml", "/assets/../../pom.xml", "/assets/%2e%2e/%2e%2e/pom.xml",
            "/adults-and-health-business-cases/..%2f..%2fpom.xml", "//etc/passwd", "/%2fetc/passwd", "/..\\pom.xml",
            "/.%2e/.%2e/etc/passwd", "/%00/../pom.xml", "/assets/style.css/../../../pom.xml"})
    void nothingOutsideTheOutputIsServed(String path) throws Exception {
        Answer answer = request(path, "Host: localhost:" + server.port() + "\r\n");
        assertTrue(answer.status() == 404 || answer.status() == 400, path + ": " + answer.status());
        assertFalse(answer.rest().contains("<artifactId>") || answer.rest().contains("root:"), path);
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(), "this machine has no other address to try");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(other.get(), server.port()), 2000);
            throw new AssertionError("the preview answered on " + other.get());
        } catch (ConnectException | java.net.SocketTimeoutException expected) {
            // refused: good
        }
    }

    /** Opens the events stream and reads up to its first line, as a page does on load. */
    private static Socket listen() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: localhost:" + server.port()
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = reader.readLine();
        if (!status.contains(" 200 ")) {
            socket.close();
            throw new IOException(status);
        }
        for (String line; (line = reader.readLine()) != null && !line.startsWith("retry:"); ) {
            // headers, then the stream's first line
        }
        return socket;
    }

    /** Waits for {@code count} pages listening, for at most a few pings. */
    private static void awaitListening(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5 * ReloadEvents.PING_MILLIS * 1_000_000L;
        while (server.listening() != count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(count, server.listening(), "pages listening");
    }

    @Test
    void closedEventStreamsAreLetGoAtOnce() throws Exception {
        awaitListening(0);
        int baseline = SERVER_THREADS.activeCount();
        assertTrue(baseline >= 1, "the server's threads are counted: " + baseline);
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            try {
                listen().close();
            } catch (IOException full) {
                // More closed pages than the limit, not yet found closed (each is found at its next ping): wait.
                assertTrue(full.getMessage().contains(" 503 ") && ++refused < 500, full.getMessage());
                Thread.sleep(100);
            }
        }
        // Let go within a ping or two, not at the next save (there is none here).
        awaitListening(0);
        int threads = SERVER_THREADS.activeCount();
        assertTrue(threads <= baseline + 8, "threads: " + baseline + " before, " + threads + " after 500 closed pages");
        assertEquals(200, request("/", "Host: localhost:" + server.port() + "\r\n").status(), "still answers");
    }

    @Test
    void eventStreamsBeyondTheLimitAreRefusedWithAReason() throws Exception {
        awaitListening(0);
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < ReloadEvents.DEFAULT_LIMIT; i++) {
                open.add(listen());
            }
            Answer refused = request(PreviewServer.EVENTS, "Host: localhost:" + server.port() + "\r\n");
            assertEquals(503, refused.status(), refused.rest());
            assertTrue(refused.rest().contains("Too many pages are open on the preview"), refused.rest());
            assertEquals(200, request("/", "Host: localhost:" + server.port() + "\r\n").status(), "pages still load");
        } finally {
            for (Socket socket : open) {
                socket.close();
            }
        }
        awaitListening(0);
        listen().close();
    }
}
