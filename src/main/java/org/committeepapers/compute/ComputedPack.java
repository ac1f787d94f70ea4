package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Pack;

/**
 * A pack with its cases resolved and its summary added up. A joint case listed under two committees counts
 * once in the pack's totals, and once in each section that lists it.
 */
public record ComputedPack(Pack pack, List<Committee> committees, Map<String, Figure> categoryTotals, Figure total,
        Map<Narrative.FigureRef, Figure> textFigures) {

    /** One committee's sections, in the pack's order. */
    public record Committee(String committeeId, List<Section> sections) {
    }

    /**
     * A lettered section: {@code label} is the item number and letter, e.g. "4a".
     */
    public record Section(String label, org.committeepapers.model.Text title, List<Case> cases,
            Map<String, Figure> categoryTotals, Figure total, org.committeepapers.model.Exempt exempt) {
    }

    /**
     * A case in a section. {@code repeat} marks the second listing of a joint case: it is printed where it was
     * first listed, and this listing refers to it.
     */
    public record Case(ComputedPaper paper, ComputedProposal proposal, boolean joint, boolean repeat) {
    }

    /** Every case once, in pack order: the cases a reader finds printed in the pack. */
    public List<Case> printedCases() {
        return committees.stream().flatMap(c -> c.sections().stream()).flatMap(s -> s.cases().stream())
                .filter(c -> !c.repeat()).toList();
    }
}
