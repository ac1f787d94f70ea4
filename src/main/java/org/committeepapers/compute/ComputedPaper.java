package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Paper;

/**
 * A paper with its proposals computed and its summary table added up, in total and by category (in the order
 * the site's categories ({@link org.committeepapers.model.FigureRules}), only categories that occur).
 */
public record ComputedPaper(Paper paper, List<ComputedProposal> proposals, Figure summaryTotal,
        Map<String, Figure> categoryTotals) {
}
