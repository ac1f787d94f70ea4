package org.committeepapers.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The publish stage. The output ({@code site}) is a symbolic link to a complete, versioned folder beside it
 * ({@code .site-<n>}); a build writes its files into a staging folder ({@code .site.new-<n>}), renames that to
 * its version, and switches the link with one atomic rename of a new link over the old. A reader, or a build
 * killed at any moment, sees the whole old site or the whole new one, never a mixture and never nothing.
 *
 * <p>Only a build holding the output's {@link PublishLock} publishes, so anything else it finds beside the
 * output (staging folders, versions no longer linked, a half-made link) is a leftover, and is deleted.
 *
 * <p>Two cases take two renames instead of one, each repaired by the next run if killed between them: the
 * first publish over an existing real {@code site/} folder (the one-time move to a link), and file systems
 * where links cannot be made (Windows without the privilege to make them), where the folder itself is
 * replaced: {@code site} to {@code .site.old}, then the new version to {@code site}.
 */
public final class SitePublisher {
    /** How long a publish waits for another build's lock before giving up. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    /** Called at each step of a publish; tests throw from it to play a build killed at that step. */
    public interface Checkpoint {
        Checkpoint NONE = step -> { };

        void reached(String step) throws IOException;
    }

    private final Path target;
    private final Path parent;
    private final String name;
    private final Checkpoint checkpoint;

    /** A publisher for {@code out}; the caller must hold {@code out}'s {@link PublishLock}. */
    public SitePublisher(Path out, Checkpoint checkpoint) {
        this.target = out.toAbsolutePath().normalize();
        this.parent = target.getParent();
        this.name = target.getFileName().toString();
        this.checkpoint = checkpoint;
    }

    /**
     * Takes {@code out}'s lock (waiting briefly for another build) and replaces {@code out} with exactly
     * {@code files} (relative path → bytes).
     *
     * @throws IOException when the folder cannot be written, or another build holds the lock; {@code out}
     *                     is then as it was
     */
    public static void publish(Map<String, byte[]> files, Path out) throws IOException {
        try (PublishLock lock = PublishLock.acquire(out, PATIENCE)) {
            new SitePublisher(out, Checkpoint.NONE).publish(files);
        }
    }

    /** Replaces the output with exactly {@code files}; the caller holds the lock. */
    public void publish(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(parent);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target.getFileName() + " exists and is not a folder");
        }
        recover();
        Path staging = Files.createTempDirectory(parent, "." + name + ".new-");
        String suffix = staging.getFileName().toString().substring(name.length() + 6);
        Path version = parent.resolve("." + name + "-" + suffix);
        try {
            makeReadable(staging);
            write(files, staging);
            checkpoint.reached("written");
            move(staging, version);
            checkpoint.reached("versioned");
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteTree(staging);
            throw e;
        }
        try {
            switchTo(version, suffix);
        } catch (IOException | RuntimeException e) {
            if (!version.equals(currentVersion())) {
                FileTrees.deleteTree(version);
            }
            throw e;
        }
        removeOldVersions(version);
        checkpoint.reached("cleaned");
    }

    /**
     * Puts things right after a build killed part-way (the caller holds the lock, so no live build owns
     * anything found): a site moved aside and not replaced is put back, and every staging folder, spare
     * link and version the output does not point at is deleted.
     */
    public void recover() throws IOException {
        Path old = parent.resolve("." + name + ".old");
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            move(old, target);
        }
        FileTrees.deleteTree(old);
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent, p -> p.getFileName().toString()
                .startsWith("." + name + ".new-") || p.getFileName().toString().startsWith("." + name + ".link-"))) {
            for (Path leftover : leftovers) {
                FileTrees.deleteTree(leftover);
            }
        }
        removeOldVersions(currentVersion());
    }

    private void write(Map<String, byte[]> files, Path staging) throws IOException {
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            Path path = staging.resolve(file.getKey()).normalize();
            if (!path.startsWith(staging) || path.equals(staging)) {
                throw new IOException("refusing to write outside the output folder: " + file.getKey());
            }
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    /** Points the output at {@code version}: one rename of a link, or two of folders where links are not possible. */
    private void switchTo(Path version, String suffix) throws IOException {
        Path link = parent.resolve("." + name + ".link-" + suffix);
        try {
            Files.createSymbolicLink(link, version.getFileName());
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No links here (Windows without the privilege): replace the folder itself, in two renames.
            FileTrees.deleteTree(link);
            replaceFolder(version);
            return;
        }
        checkpoint.reached("linked");
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // The first publish over a real site/ folder: it moves aside, once, for the link to take its place.
            Path old = parent.resolve("." + name + ".old");
            move(target, old);
            checkpoint.reached("moved aside");
            move(link, target);
            FileTrees.deleteTree(old);
        } else {
            // rename(2) replaces the old link in one step: there is no moment without a site.
            Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
        }
        checkpoint.reached("switched");
    }

    private void replaceFolder(Path version) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(target, old);
            checkpoint.reached("moved aside");
        }
        move(version, target);
        checkpoint.reached("switched");
        FileTrees.deleteTree(old);
    }

    /** The version folder the output links to, or null when it is a real folder or missing. */
    private Path currentVersion() throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return null;
        }
        return parent.resolve(Files.readSymbolicLink(target)).normalize();
    }

    private void removeOldVersions(Path keep) throws IOException {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().matches("\\." + java.util.regex.Pattern.quote(name) + "-\\d+"))) {
            for (Path version : versions) {
                if (!version.equals(keep)) {
                    FileTrees.deleteTree(version);
                }
            }
        }
    }

    /** Temporary folders are private (rwx------); a published site must be readable by the web server. */
    private static void makeReadable(Path folder) throws IOException {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): folders there inherit readable permissions anyway.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Copies the folder {@code from} (or the folder it links to) and everything in it to {@code to}, which must not exist yet. */
    public static void copyTree(Path from, Path to) throws IOException {
        Path real = from.toRealPath();
        try (java.util.stream.Stream<Path> files = Files.walk(real)) {
            for (Path source : files.toList()) {
                Path copy = to.resolve(real.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }
}
