package org.committeepapers.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems so that one run reports every mistake it can find, not just the first.
 * Safe to fill from several threads (proposals are rendered in parallel); the order is restored by sorting.
 */
public final class Problems {
    /**
     * The order of cause: site.yaml, then each paper (its paper.yaml before its cases), meetings, packs, and
     * templates, as each may break what follows it; within a file, by line and column.
     */
    private static final Comparator<Problem> SOURCE_ORDER = Comparator
            .comparingInt((Problem p) -> stage(p.position().file().displayName()))
            .thenComparing(p -> folder(p.position().file().displayName()))
            .thenComparingInt(p -> folderFile(p.position().file().displayName()) ? 0 : 1)
            .thenComparing(p -> p.position().file().displayName())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());
    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile("(?:^|/)(papers|meetings|packs)/");

    /** Where a file comes in the flow of cause: site.yaml, papers, meetings, packs, then anything else. */
    private static int stage(String name) {
        if (name.equals("site.yaml") || name.endsWith("/site.yaml")) {
            return 0;
        }
        java.util.regex.Matcher m = STAGE.matcher(name);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? 4 : switch (last) {
            case "papers" -> 1;
            case "meetings" -> 2;
            default -> 3;
        };
    }

    private static String folder(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** A paper's or meeting's own YAML, which its other files depend on. */
    private static boolean folderFile(String name) {
        return name.endsWith("/paper.yaml") || name.endsWith("/meeting.yaml");
    }

    private final List<Problem> list = new ArrayList<>();
    private final Unloaded unloaded = new Unloaded();

    /** What could not be loaded, so references to it are not reported a second time. */
    public Unloaded unloaded() {
        return unloaded;
    }

    public synchronized void error(SourcePosition at, String message, String hint) {
        list.add(new Problem(Problem.Severity.ERROR, at, Excerpt.shortened(message), Excerpt.capped(hint)));
    }

    public void error(SourcePosition at, String message) {
        error(at, message, null);
    }

    public synchronized void warning(SourcePosition at, String message, String hint) {
        list.add(new Problem(Problem.Severity.WARNING, at, Excerpt.shortened(message), Excerpt.capped(hint)));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized boolean hasWarnings() {
        return list.stream().anyMatch(problem -> !problem.isError());
    }

    /** How many problems there are so far, errors and warnings. */
    public synchronized int count() {
        return list.size();
    }

    public synchronized int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    /** Every problem, in file and line order. */
    public synchronized List<Problem> sorted() {
        return list.stream().sorted(SOURCE_ORDER).toList();
    }
}
