package org.committeepapers.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A source file's text, kept so that problems can quote the offending line.
 * Lines are split once, on first use, because positions are looked up for every scalar read.
 */
public final class SourceFile {
    private final Path path;
    private final String displayName;
    private final String text;
    private volatile String[] lines;

    /**
     * @param path        where the file is on disk
     * @param displayName the path as shown to authors (relative to the working folder where possible)
     * @param text        the whole file, decoded as UTF-8 ("" for a file that could not be read)
     */
    public SourceFile(Path path, String displayName, String text) {
        this.path = path;
        this.displayName = displayName;
        this.text = text;
    }

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

    public Path path() {
        return path;
    }

    public String displayName() {
        return displayName;
    }

    public String text() {
        return text;
    }

    /** Line {@code number} (1-based) without its line ending, or "" when out of range. */
    public String line(int number) {
        String[] split = lines;
        if (split == null) {
            split = text.split("\n", -1);
            lines = split;
        }
        return number >= 1 && number <= split.length ? split[number - 1] : "";
    }

    /** A position in this file. */
    public SourcePosition at(int line, int column) {
        return new SourcePosition(this, line, column);
    }

    /** The start of this file, for problems about the file as a whole. */
    public SourcePosition start() {
        return new SourcePosition(this, 1, 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile f && path.equals(f.path) && text.equals(f.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, text.length());
    }

    @Override
    public String toString() {
        return displayName;
    }
}
