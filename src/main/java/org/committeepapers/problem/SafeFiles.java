package org.committeepapers.problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one gate every source, template and style sheet is read through: only an ordinary file whose real
 * path lies inside its folder ({@code content/} or {@code templates/}) is read. A link leading outside
 * ({@code report.md -> /etc/passwd}) would publish whatever it points at; a named pipe would hang the build
 * and a device ({@code /dev/zero}) fill the memory. So the file's type is looked at without following links
 * before anything opens it, and what is read is bounded.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** A file that must not be read: why, and what to do instead. */
    public record Refusal(String message, String hint) {
    }

    /**
     * Why {@code file} must not be read as part of {@code root} (called {@code rootName} in messages, e.g.
     * "content/"), or null when it is an ordinary file inside it; a missing file is not refused here.
     */
    public static Refusal refusal(Path file, Path root, String rootName) {
        try {
            BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink() && !own.isRegularFile()) {
                return notOrdinary(own, file, rootName);
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                return new Refusal("this is a link to " + Files.readSymbolicLink(file) + ", which does not exist",
                        "remove the link, or put the file itself in " + rootName);
            }
            if (!real.startsWith(root.toRealPath())) {
                Path shown = own.isSymbolicLink() ? Files.readSymbolicLink(file) : real;
                return new Refusal("this is a link to " + shown + ", outside " + rootName
                        + "; only files inside " + rootName + " are read",
                        "copy the file into " + rootName + " instead of linking to it");
            }
            BasicFileAttributes target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return target.isRegularFile() ? null : notOrdinary(target, real, rootName);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new Refusal("cannot read the file: " + e.getMessage(), null);
        }
    }

    /**
     * Why the folder {@code dir} must not be read as part of {@code root}: it is a link leading outside; null
     * when it lies inside.
     */
    public static Refusal folderRefusal(Path dir, Path root, String rootName) {
        try {
            if (dir.toRealPath().startsWith(root.toRealPath())) {
                return null;
            }
            Path shown = Files.isSymbolicLink(dir) ? Files.readSymbolicLink(dir) : dir.toRealPath();
            return new Refusal("this is a link to " + shown + ", outside " + rootName + "; only files inside "
                    + rootName + " are read", "copy the folder into " + rootName + " instead of linking to it");
        } catch (IOException e) {
            return new Refusal("cannot read the folder: " + e.getMessage(), null);
        }
    }

    private static Refusal notOrdinary(BasicFileAttributes attributes, Path file, String rootName) {
        String kind = attributes.isDirectory() ? "a folder" : attributes.isOther() ? kindOf(file) : "not a file";
        return new Refusal("this is " + kind + ", not an ordinary file", rootName + " holds only ordinary text files; "
                + "remove it, or put the file itself there");
    }

    /** A named pipe, device or socket, by its POSIX type where the file system tells it. */
    private static String kindOf(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /**
     * The bytes of a file that {@link #refusal} passed, at most {@code max + 1} of them (so a caller can tell
     * a file that is too big without reading it all), opened by its real path without following links.
     */
    public static byte[] read(Path file, long max) throws IOException {
        Path real = file.toRealPath();
        // The example content read from inside the tool's jar (a zip file system) has no links, and its file
        // system refuses the option.
        java.nio.file.OpenOption[] options = real.getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? new java.nio.file.OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS}
                : new java.nio.file.OpenOption[] {StandardOpenOption.READ};
        try (InputStream in = Channels.newInputStream(Files.newByteChannel(real, options))) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }
}
