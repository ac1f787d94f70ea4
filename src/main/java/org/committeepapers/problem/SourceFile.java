package org.committeepapers.problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A source file's text, kept so that problems can quote the offending line.
 *
 * @param path        where the file is on disk
 * @param displayName the path as shown to authors (relative to the working folder where possible)
 * @param text        the whole file, decoded as UTF-8 ("" for a file that could not be read)
 */
public record SourceFile(Path path, String displayName, String text) {

    public static SourceFile of(Path path, String text) {
        return new SourceFile(path, displayNameOf(path), text);
    }

    /** The file's path relative to the working folder when it lies below it, else as given. */
    public static String displayNameOf(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : path.toString();
        return shown.replace('\\', '/');
    }

    /** Line {@code number} (1-based) without its line ending, or "" when out of range. */
    public String line(int number) {
        List<String> lines = text.lines().toList();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** A position in this file. */
    public SourcePosition at(int line, int column) {
        return new SourcePosition(this, line, column);
    }

    /** The start of this file, for problems about the file as a whole. */
    public SourcePosition start() {
        return new SourcePosition(this, 1, 1);
    }
}
