package org.committeepapers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * This tool's own identity in cache keys: a hash of the code actually running, so that any change to it (a new
 * jar, or a recompiled class in {@code target/classes}) makes every cached output stale. For a jar it is every
 * entry's name, size and CRC-32 as its central directory lists them, which change with any byte of the entry,
 * so the 24 MB need not be read again (hashing them took a check's main thread 0.2 s); for a classes folder,
 * every file's path and bytes. Computed once per JVM, on first use, so only runs that use a cache pay for it.
 */
final class EngineIdentity {
    private EngineIdentity() {
    }

    /** The identity; {@code unknown:…} (different every run, so nothing is reused) when the code cannot be read. */
    static String value() {
        return Holder.VALUE;
    }

    private static final class Holder {
        static final String VALUE = compute(codeSource());
    }

    private static Path codeSource() {
        try {
            return Path.of(EngineIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The hash of {@code code}: a jar's bytes, or each file's path and bytes under a classes folder, in order. */
    static String compute(Path code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (code != null && Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        ZipEntry entry = entries.nextElement();
                        digest.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
                return "jar:" + HexFormat.of().formatHex(digest.digest());
            }
            if (code != null && Files.isDirectory(code)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    digest.update(code.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    add(digest, file);
                }
                return "classes:" + HexFormat.of().formatHex(digest.digest());
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            // Fall through: an identity nothing shares.
        }
        return "unknown:" + System.nanoTime();
    }

    private static void add(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        digest.update((byte) 0);
    }
}
