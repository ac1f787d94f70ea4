package org.committeepapers.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeepapers.load.DidYouMean;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/** Computes one proposal: tables, summary amount, prose figures, and the author's stated checks. */
final class ProposalCalculator {
    private ProposalCalculator() {
    }

    static Optional<ComputedProposal> compute(Proposal proposal, List<FinancialYear> years, Problems problems) {
        int before = problems.errorCount();
        Figures figures = new Figures();
        ComputedTable finance = FinanceCalculator.compute(proposal.finance(), years, figures);
        Map<String, ComputedTable> tables = new LinkedHashMap<>();
        for (Table table : proposal.tables().values()) {
            tables.put(table.id(), TableCalculator.compute(table, figures, problems));
        }
        Evaluator evaluator = new Evaluator(figures, false, problems);
        Optional<Figure> amount = evaluator.evaluate(proposal.amount());
        amount.filter(a -> a.unit() != Unit.THOUSANDS).ifPresent(a -> problems.error(proposal.amount().position(),
                "the summary amount must be in £000, but this figure is in " + a.unit().word(),
                "refer to a figure from the finance table or a table with 'units: £000'"));
        amount.ifPresent(a -> figures.put("amount", new Figure(a.value(), Unit.THOUSANDS)));
        Checks.expectations(proposal.expectations(), figures, problems);

        Map<Narrative.FigureRef, Figure> prose = new LinkedHashMap<>();
        for (Narrative.Segment segment : proposal.narrative().segments()) {
            if (segment instanceof Narrative.FigureRef ref) {
                evaluator.evaluate(ref.expression()).ifPresent(value -> {
                    if (Checks.formatFits(ref, value, problems)) {
                        prose.put(ref, value);
                    }
                });
            } else if (segment instanceof Narrative.TableRef ref && !tables.containsKey(ref.tableId())) {
                problems.error(ref.position(), "there is no table '" + ref.tableId() + "' in this proposal's 'tables:'",
                        DidYouMean.hint(ref.tableId(), tables.keySet()));
            }
        }
        Checks.tablePlacement(proposal, problems);
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new ComputedProposal(proposal, finance, tables, amount.orElseThrow(), prose));
    }
}
