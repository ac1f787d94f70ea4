package org.committeepapers.problem;

import java.util.List;

/** Thrown when the content has errors; carries all of them so the author sees everything at once. */
public final class ContentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ContentException(Problems problems) {
        super(problems.errorCount() + " error(s) in the content");
        this.problems = problems.sorted();
    }

    public List<Problem> problems() {
        return problems;
    }
}
