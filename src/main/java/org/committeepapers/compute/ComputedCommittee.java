package org.committeepapers.compute;

import java.util.List;

/**
 * A committee's papers. There is deliberately no total across them: each paper belongs to its own budget
 * round, and adding cases of different rounds into one figure would mean nothing (each paper's own summary
 * totals are in {@link ComputedPaper}).
 */
public record ComputedCommittee(String committeeId, List<ComputedPaper> papers) {
}
