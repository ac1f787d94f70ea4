package org.committeepapers.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content-addressed store of a paper's finished outputs (its pages and PDF). The key is a hash of everything
 * the outputs are made from, so a hit is always the right answer; nothing is ever invalidated by hand. An
 * entry is written to a temporary folder and renamed into place, so a killed build never leaves half of one.
 */
public final class OutputCache {
    private static final String MANIFEST = ".files";
    /** Entries are written under this prefix and the writer's process id, then renamed into place. */
    private static final String STAGING = ".new-";
    private final Path dir;

    /** @param dir the cache folder, created on first use */
    public OutputCache(Path dir) {
        this.dir = dir;
    }

    /** A key over {@code parts}, in order. */
    public static String key(List<String> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files stored under {@code key}, by output path, if there is a complete entry. */
    public Optional<Map<String, byte[]>> get(String key) {
        Path entry = dir.resolve(key);
        Path manifest = entry.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (!name.isEmpty()) {
                    files.put(name, Files.readAllBytes(entry.resolve("f").resolve(name)));
                }
            }
            return Optional.of(files);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code files} under {@code key}; a failure to store only costs a rebuild next time. */
    public void put(String key, Map<String, byte[]> files) {
        Path staging = null;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, STAGING + ProcessHandle.current().pid() + "-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve("f").resolve(file.getKey()).normalize();
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            Files.write(staging.resolve(MANIFEST), String.join("\n", files.keySet()).getBytes(StandardCharsets.UTF_8));
            Files.move(staging, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            staging = null;
        } catch (IOException | UncheckedIOException e) {
            // The cache is an optimisation: a build must not fail because it cannot be written (a full disk),
            // and another build may have stored the same entry first. Either way, leave no half-written entry.
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Deletes the entry under {@code key}, if there is one; best effort, as storing is. */
    public void remove(String key) {
        if (key.matches("[0-9a-f]{64}")) {
            deleteQuietly(dir.resolve(key));
        }
    }

    /**
     * Deletes half-written entries ({@code .new-<pid>-…}) left by builds that were killed, i.e. whose process
     * is no longer running; a live build's are left alone.
     */
    public void removeStale() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var entries = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(STAGING))) {
            for (Path entry : entries) {
                String[] parts = entry.getFileName().toString().substring(STAGING.length()).split("-");
                boolean live = parts.length == 2 && parts[0].matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
                if (!live) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException e) {
            // Tidying is best effort, as the cache is.
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileTrees.deleteTree(folder);
        } catch (IOException e) {
            // Best effort; removeStale tries again on the next build.
        }
    }
}
