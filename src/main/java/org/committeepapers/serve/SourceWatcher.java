package org.committeepapers.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (and the folders made in them later) and calls back once per burst of changes, after a
 * short quiet spell, so an editor's save through a temporary file and a rename causes one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {
    /**
     * How long no event must come before rebuilding. An editor's save (write, or temporary file and rename)
     * comes as events within a millisecond or two, so 20 ms groups them while adding little to the
     * save-to-reload time ({@code papers benchmark --reload}); a save split by a slower editor only causes a
     * second rebuild.
     */
    private static final long QUIET_MILLIS = 20;

    private final WatchService watcher;
    private final Thread thread;

    public SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                register(root);
            }
        }
        thread = new Thread(() -> loop(onChange), "source-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = drain(key);
                // Let a burst of events settle before rebuilding once.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        register(path);
                    } catch (IOException e) {
                        // The folder went away again; the next event will tell.
                    }
                }
            }
        }
        key.reset();
        return true;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
