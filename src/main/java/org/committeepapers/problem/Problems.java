package org.committeepapers.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems so that one run reports every mistake it can find, not just the first.
 * Not thread-safe: each stage fills its own and they are merged.
 */
public final class Problems {
    private static final Comparator<Problem> SOURCE_ORDER = Comparator
            .comparing((Problem p) -> p.position().file().displayName())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    private final List<Problem> list = new ArrayList<>();

    public void error(SourcePosition at, String message, String hint) {
        list.add(new Problem(Problem.Severity.ERROR, at, message, hint));
    }

    public void error(SourcePosition at, String message) {
        error(at, message, null);
    }

    public void warning(SourcePosition at, String message, String hint) {
        list.add(new Problem(Problem.Severity.WARNING, at, message, hint));
    }

    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** Every problem, in file and line order. */
    public List<Problem> sorted() {
        return list.stream().sorted(SOURCE_ORDER).toList();
    }
}
