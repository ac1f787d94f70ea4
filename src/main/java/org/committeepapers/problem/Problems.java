package org.committeepapers.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems so that one run reports every mistake it can find, not just the first.
 * Safe to fill from several threads (proposals are rendered in parallel); the order is restored by sorting.
 */
public final class Problems {
    private static final Comparator<Problem> SOURCE_ORDER = Comparator
            .comparing((Problem p) -> p.position().file().displayName())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    private final List<Problem> list = new ArrayList<>();

    public synchronized void error(SourcePosition at, String message, String hint) {
        list.add(new Problem(Problem.Severity.ERROR, at, Excerpt.shortened(message), Excerpt.shortened(hint)));
    }

    public void error(SourcePosition at, String message) {
        error(at, message, null);
    }

    public synchronized void warning(SourcePosition at, String message, String hint) {
        list.add(new Problem(Problem.Severity.WARNING, at, Excerpt.shortened(message), Excerpt.shortened(hint)));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** Every problem, in file and line order. */
    public synchronized List<Problem> sorted() {
        return list.stream().sorted(SOURCE_ORDER).toList();
    }
}
