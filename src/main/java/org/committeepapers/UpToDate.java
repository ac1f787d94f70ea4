package org.committeepapers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether the published site is already what a build would publish, so the build need not render or print
 * anything: a hash of everything a build reads (the code, {@code SOURCE_DATE_EPOCH}, the options that change the
 * output, every file in the content and templates folders, byte for byte) is kept beside the output cache with
 * the folder it was published to and a listing of that folder's files (size and time of each). The site
 * is up to date when the hash is the same and the folder is still the published one, file for file.
 *
 * <pre>
 * UpToDate stamp = UpToDate.of(content, templates, out, cacheDir, List.of(baseUrl));
 * if (!stamp.holds()) { ...build and publish...; stamp.published(); }
 * </pre>
 *
 * <p>Anything it cannot read makes the answer "not up to date", so the worst it can do is a full build.
 */
public final class UpToDate {
    /** The record's name in the cache folder. */
    static final String FILE = ".published";

    private final Path out;
    private final Path record;
    /** The hash of the inputs, or null when they could not all be read. */
    private final String inputs;

    private UpToDate(Path out, Path record, String inputs) {
        this.out = out;
        this.record = record;
        this.inputs = inputs;
    }

    /**
     * The stamp of a build of {@code content} with {@code templates} (may be absent) into {@code out}, keeping
     * its record in {@code cacheDir}; {@code settings} are the build's options that change what it publishes.
     */
    public static UpToDate of(Path content, Path templates, Path out, Path cacheDir, List<String> settings) {
        return new UpToDate(out, cacheDir.resolve(FILE), inputs(content, templates, settings));
    }

    /** True when {@code out} holds exactly what the last build of the same inputs published there. */
    public boolean holds() {
        if (inputs == null || !Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            List<String> recorded = Files.readAllLines(record, StandardCharsets.UTF_8);
            return recorded.equals(lines());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Records that {@code out} now holds what these inputs make; call after publishing, holding the lock. A
     * record that cannot be written only makes the next build a full one.
     */
    public void published() {
        Path temporary = record.resolveSibling(FILE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(record);
            if (inputs != null) {
                Files.createDirectories(record.getParent());
                Files.write(temporary, lines(), StandardCharsets.UTF_8);
                Files.move(temporary, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            try {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(record);
            } catch (IOException again) {
                // Then the record is stale and its folder line no longer matches the published one.
            }
        }
    }

    /** The record as it would be written now: the inputs, the published folder and its files. */
    private List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("inputs " + inputs);
        Path folder = out.toRealPath();
        lines.add("folder " + folder);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (file.isRegularFile()) {
                    lines.add("file " + file.size() + " " + file.lastModifiedTime().toMillis() + " " + name);
                } else if (!file.isDirectory()) {
                    lines.add("other " + name);
                }
            }
        }
        return lines;
    }

    /** The hash of everything a build reads, or null when some of it cannot be read. */
    static String inputs(Path content, Path templates, List<String> settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, engine());
            add(digest, String.valueOf(System.getenv("SOURCE_DATE_EPOCH")));
            for (String setting : settings) {
                add(digest, String.valueOf(setting));
            }
            addTree(digest, "content", content);
            addTree(digest, "templates", templates);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | UncheckedIOException | NoSuchAlgorithmException | SecurityException e) {
            return null;
        }
    }

    /** {@link #engine()}, or null when the running code cannot be read (then nothing is kept under it). */
    static String engineStamp() {
        try {
            return engine();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The code that would build: for a jar, its path, size and time, which any new jar changes, rather than the
     * hash of its 24 MB that {@link EngineIdentity} takes for the cache's keys (most of an unchanged build's
     * time in a fresh JVM); for a classes folder (a developer's build), that hash.
     */
    private static String engine() throws IOException {
        try {
            Path code = Path.of(UpToDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                BasicFileAttributes jar = Files.readAttributes(code, BasicFileAttributes.class);
                return "jar " + code.toRealPath() + " " + jar.size() + " " + jar.lastModifiedTime().toMillis();
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // Then the hash, which also answers when the code cannot be found ("unknown", never up to date).
        }
        String identity = EngineIdentity.value();
        if (identity.startsWith("unknown:")) {
            throw new IOException("the running code cannot be read");
        }
        return identity;
    }

    /** Every file under {@code root}, by relative path, with its bytes; links are followed as the loader does. */
    private static void addTree(MessageDigest digest, String label, Path root) throws IOException {
        add(digest, label);
        if (root == null || !Files.exists(root)) {
            add(digest, "absent");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(path -> !Files.isDirectory(path)).sorted().toList();
        }
        for (Path file : files) {
            add(digest, root.relativize(file).toString().replace('\\', '/'));
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + " is not an ordinary file");
            }
            byte[] bytes = Files.readAllBytes(file);
            add(digest, Integer.toString(bytes.length));
            digest.update(bytes);
        }
    }

    private static void add(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
