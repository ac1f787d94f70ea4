package org.committeepapers.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders (and the folders made in them later) with directory-watcher (the JDK's watch service on Linux
 * and Windows, FSEvents on macOS rather than polling) and calls back once per burst of changes, after a short
 * quiet spell, so an editor's save through a temporary file and a rename causes one rebuild.
 *
 * <p>Nothing fails silently: a callback that throws is reported and watching goes on; a watch that stops is
 * reported and started again, up to {@value #RESTARTS} times, after which {@link #stopped()} fails.
 */
public final class SourceWatcher implements AutoCloseable {
    /**
     * How long no event must come before rebuilding. An editor's save (write, or temporary file and rename)
     * comes as events within a millisecond or two, so 20 ms groups them while adding little to the
     * save-to-reload time ({@code papers benchmark --reload}); a save split by a slower editor only causes a
     * second rebuild.
     */
    private static final long QUIET_MILLIS = 20;
    static final int RESTARTS = 5;

    private final List<Path> roots;
    private final Runnable onChange;
    private final Consumer<String> trouble;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Thread rebuilder;
    private volatile DirectoryWatcher watcher;
    private volatile boolean closed;
    private int restarts;

    /** Watches {@code roots}, with trouble printed on stderr. */
    public SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
        this(roots, onChange, System.err::println);
    }

    /** Watches {@code roots} (those that are folders); {@code trouble} gets a message for each failure. */
    public SourceWatcher(List<Path> roots, Runnable onChange, Consumer<String> trouble) throws IOException {
        this.roots = List.copyOf(roots);
        this.onChange = onChange;
        this.trouble = trouble;
        start();
        rebuilder = new Thread(this::loop, "source-rebuilder");
        rebuilder.setDaemon(true);
        rebuilder.setUncaughtExceptionHandler((thread, e) -> {
            trouble.accept("error: the preview stopped rebuilding: " + e);
            stopped.completeExceptionally(e);
        });
        rebuilder.start();
    }

    /** Completes when closed; fails, with the reason, when the watch stopped and could not be started again. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    private synchronized void start() throws IOException {
        List<Path> folders = roots.stream().filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            return;
        }
        DirectoryWatcher started = DirectoryWatcher.builder().paths(folders).listener(new Listener()).build();
        watcher = started;
        // Registers every folder before returning, then watches on a thread of its own.
        started.watchAsync(task -> {
            Thread thread = new Thread(task, "source-watcher");
            thread.setDaemon(true);
            thread.start();
        }).whenComplete((done, failed) -> ended(started, failed));
    }

    private synchronized void ended(DirectoryWatcher which, Throwable failed) {
        if (closed || which != watcher) {
            return;
        }
        String why = failed == null ? "it was closed" : String.valueOf(failed);
        if (++restarts > RESTARTS) {
            trouble.accept("error: the file watcher stopped " + RESTARTS + " times (" + why + ") and is not started again");
            stopped.completeExceptionally(new IOException("the file watcher stopped " + RESTARTS + " times; last: " + why));
            return;
        }
        try {
            start();
            trouble.accept("error: the file watcher stopped (" + why + "); watching again");
            changes.add(roots.get(0)); // a save may have come while nothing watched
        } catch (IOException | RuntimeException e) {
            trouble.accept("error: the file watcher could not be started again: " + e);
            stopped.completeExceptionally(e);
        }
    }

    private void loop() {
        while (!closed) {
            try {
                changes.take();
                // Let a burst of events settle before rebuilding once.
                while (changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) != null) {
                    // more of the same save
                }
            } catch (InterruptedException e) {
                return;
            }
            try {
                onChange.run();
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                trouble.accept("error: the rebuild failed: " + e + "\nhint: the preview keeps the last good pages and"
                        + " goes on watching; save again to retry");
            }
        }
    }

    /** Stops the current watch as a failing watch service would (for tests of the restart). */
    void breakWatch() throws IOException {
        DirectoryWatcher current = watcher;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        rebuilder.interrupt();
        stopped.complete(null);
        if (watcher != null) {
            watcher.close();
        }
    }

    private final class Listener implements DirectoryChangeListener {
        @Override
        public void onEvent(DirectoryChangeEvent event) {
            changes.add(event.path() == null ? roots.get(0) : event.path());
        }

        @Override
        public void onException(Exception e) {
            trouble.accept("error: the file watcher: " + e);
        }
    }
}
