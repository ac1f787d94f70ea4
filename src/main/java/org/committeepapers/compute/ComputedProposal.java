package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;

/**
 * A proposal with everything derived: its finance table (business-case-2024 only, else null), its other
 * tables, its summary amount (£000), its headline figures, the value of every figure placed in its texts (its
 * Markdown and every prose field) and its recorded corrections.
 */
public record ComputedProposal(Proposal proposal, ComputedTable finance, Map<String, ComputedTable> tables,
        Figure amount, Map<Headline, Figure> headlines, Map<Narrative.FigureRef, Figure> proseFigures,
        List<CorrectionNote> corrections) {
}
