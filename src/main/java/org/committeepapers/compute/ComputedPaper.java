package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Paper;

/**
 * A paper with its proposals computed and its summary table added up, in total and by category (in the order
 * the site's categories ({@link org.committeepapers.model.FigureRules}), only categories that occur), the figures
 * written in its introduction and notes, and its recorded corrections.
 */
public record ComputedPaper(Paper paper, List<ComputedProposal> proposals, Figure summaryTotal,
        Map<String, Figure> categoryTotals, Map<Narrative.FigureRef, Figure> textFigures,
        List<CorrectionNote> corrections) {
}
