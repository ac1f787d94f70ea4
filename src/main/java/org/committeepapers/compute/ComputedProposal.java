package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;

/**
 * A proposal with everything derived: its finance table (business-case-2024 only, else null), its other
 * tables, its summary amount (£000), its headline figures, the value of every figure placed in its texts (its
 * Markdown and every prose field) and its recorded corrections. {@code exactAmount} is the figure the amount
 * comes from, in its own unit, before any rounding to whole £000 (equal in value to {@code amount} for most
 * cases).
 */
public record ComputedProposal(Proposal proposal, ComputedTable finance, Map<String, ComputedTable> tables,
        Figure amount, Map<Headline, Figure> headlines, Map<Narrative.FigureRef, Figure> proseFigures,
        List<CorrectionNote> corrections, Figure exactAmount) {

    /** Whether the summary amount shows its figure at a lower precision than it has (rounded to whole £000). */
    public boolean amountRounded() {
        BigDecimal exact = exactAmount.value().movePointRight(exactAmount.unit().powerOfTen());
        return exact.compareTo(amount.value().movePointRight(amount.unit().powerOfTen())) != 0;
    }
}
