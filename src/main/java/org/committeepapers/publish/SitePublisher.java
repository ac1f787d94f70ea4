package org.committeepapers.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;

/**
 * The publish stage: writes a finished build into a fresh folder beside the output folder, then swaps it
 * in with two renames. A build that fails part-way never touches the published site; an interrupted swap is
 * repaired on the next run.
 */
public final class SitePublisher {
    private SitePublisher() {
    }

    /**
     * Replaces {@code out} with exactly {@code files} (relative path → bytes).
     *
     * @throws IOException when the folder cannot be written; {@code out} is then as it was
     */
    public static void publish(Map<String, byte[]> files, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(out + " exists and is not a folder");
        }
        recoverInterruptedSwap(target);
        String name = target.getFileName().toString();
        Path staging = Files.createTempDirectory(parent, "." + name + ".new-");
        try {
            makeReadable(staging);
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IOException("refusing to write outside the output folder: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            swap(staging, target);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
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

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        deleteTree(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    /** A run killed between the two renames leaves the previous site as {@code .site.old}: put it back. */
    private static void recoverInterruptedSwap(Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        if (!Files.exists(target) && Files.isDirectory(old)) {
            move(old, target);
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(),
                "." + target.getFileName() + ".new-*")) {
            for (Path leftover : leftovers) {
                deleteTree(leftover);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code root} and everything in it; nothing happens if it does not exist. */
    /** Copies the folder {@code from} and everything in it to {@code to}, which must not exist yet. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
