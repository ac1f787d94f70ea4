package org.committeepapers.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on an output folder, held by one build from start to publish: a lock file beside it
 * ({@code .site.lock} for {@code site/}) locked with {@link FileChannel#tryLock()}. The operating system
 * releases the lock when the process ends however it ends, so a killed build never leaves it held, and
 * whatever a build finds beside the output while holding the lock is a leftover no live build owns.
 *
 * <p>The file holds the owner's process id, for the message a second build prints. It is never deleted:
 * deleting a lock file lets a third process lock a fresh file while the second still holds the old one.
 */
public final class PublishLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private PublishLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another build holds the lock on the output. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(Path out, String owner) {
            super("another build of " + out + " is running (" + owner + "); try again when it finishes");
        }
    }

    /** The lock file for {@code out}: {@code .<name>.lock} beside it. */
    public static Path fileFor(Path out) {
        Path target = out.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock on {@code out}, trying for up to {@code patience} while another build holds it.
     *
     * @throws Busy when another build still holds it after that
     * @throws IOException when the lock file cannot be made (the output's folder cannot be written)
     */
    public static PublishLock acquire(Path out, Duration patience) throws IOException {
        Path file = fileFor(out);
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Held by another thread of this process (a test, or two builds in one JVM).
            } finally {
                if (lock == null) {
                    channel.close();
                }
            }
            if (lock != null) {
                // One write of a fixed width over the last owner's id, so a reader never finds the file empty.
                byte[] pid = String.format("%-20d%n", ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
                channel.write(ByteBuffer.wrap(pid), 0);
                channel.truncate(pid.length);
                channel.force(false);
                return new PublishLock(channel, lock);
            }
            if (System.nanoTime() >= deadline) {
                throw new Busy(out, owner(file));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy(out, owner(file));
            }
        }
    }

    /** The owner's process id, read a few times in case its owner has only just created the file. */
    private static String owner(Path file) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (pid.matches("\\d+")) {
                    return "pid " + pid;
                }
                Thread.sleep(20);
            } catch (IOException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "process unknown";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
