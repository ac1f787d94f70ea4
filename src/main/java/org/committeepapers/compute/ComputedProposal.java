package org.committeepapers.compute;

import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;

/**
 * A proposal with everything derived: its finance table, its narrative tables, its summary amount and the
 * value of every figure placed in its prose.
 */
public record ComputedProposal(Proposal proposal, ComputedTable finance, Map<String, ComputedTable> tables,
        Figure amount, Map<Narrative.FigureRef, Figure> proseFigures) {
}
