package org.committeepapers.problem;

/** A line and column (both 1-based) in a source file. */
public record SourcePosition(SourceFile file, int line, int column) {

    /** This position moved {@code lines} down, e.g. from front matter to the enclosing Markdown file. */
    public SourcePosition shiftedDown(int lines) {
        return new SourcePosition(file, line + lines, column);
    }

    @Override
    public String toString() {
        return file.displayName() + ":" + line + ":" + column;
    }
}
