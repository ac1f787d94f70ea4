package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;

/** Every proposal in a committee's papers, added up by category and in total. */
public record ComputedCommittee(String committeeId, List<ComputedPaper> papers, Map<String, Figure> categoryTotals,
        Figure total) {
}
