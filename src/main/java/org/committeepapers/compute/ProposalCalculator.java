package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.model.Amount;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Header;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/** Computes one proposal: tables, summary amount, headlines, prose figures, and the author's stated checks. */
final class ProposalCalculator {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ProposalCalculator() {
    }

    static Optional<ComputedProposal> compute(Proposal proposal, List<FinancialYear> years, Problems problems) {
        int before = problems.errorCount();
        Figures figures = new Figures();
        ComputedTable finance = null;
        if (proposal.header() instanceof Header.BusinessCase2024 bc) {
            finance = FinanceCalculator.compute(bc.finance(), years, figures);
        }
        if (proposal.header() instanceof Header.ProjectBrief2018 brief && brief.saving() != null) {
            figures.put("saving", new Figure(brief.saving(), Unit.THOUSANDS));
        }
        Map<String, ComputedTable> tables = new LinkedHashMap<>();
        for (Table table : proposal.tables().values()) {
            tables.put(table.id(), TableCalculator.compute(table, figures, problems));
        }
        Evaluator evaluator = new Evaluator(figures, false, problems);
        Optional<Figure> exact = proposal.amount() == null ? Optional.empty() : evaluator.evaluate(proposal.amount().figure());
        Optional<Figure> amount = exact.flatMap(figure -> amount(proposal.amount(), figure, problems));
        amount.ifPresent(a -> figures.put("amount", a));
        Map<Headline, Figure> headlines = new LinkedHashMap<>();
        if (proposal.header() instanceof Header.BusinessCase2022 bc) {
            for (Headline headline : bc.headlines()) {
                evaluator.evaluate(headline.figure()).filter(v -> ConsistencyChecks.headlineFits(headline, v, problems))
                        .ifPresent(v -> headlines.put(headline, v));
            }
            for (String id : bc.headerTables()) {
                if (!tables.containsKey(id)) {
                    problems.error(proposal.file().start(), "'header_tables' names no table '" + id + "'",
                            DidYouMean.hint(id, tables.keySet()));
                }
            }
        }
        ConsistencyChecks.expectations(TextFigures.unrecorded(proposal.expectations(), proposal.corrections()), figures,
                problems);
        List<CorrectionNote> corrections = TextFigures.corrections(proposal.corrections(), figures, problems);

        Map<Narrative.FigureRef, Figure> prose = new LinkedHashMap<>();
        for (Narrative text : proposal.texts()) {
            for (Narrative.Segment segment : text.segments()) {
                if (segment instanceof Narrative.FigureRef ref) {
                    evaluator.evaluate(ref.expression()).filter(value -> ConsistencyChecks.formatFits(ref, value, problems))
                            .ifPresent(value -> prose.put(ref, value));
                } else if (segment instanceof Narrative.TableRef ref && !tables.containsKey(ref.tableId())
                        && !problems.unloaded().isTable(ref.tableId())) {
                    problems.error(ref.position(), "there is no table '" + ref.tableId() + "' in this proposal's 'tables:'",
                            DidYouMean.hint(ref.tableId(), tables.keySet()));
                }
            }
        }
        TextFigures.resolve(proposal.prose(), figures, prose, problems);
        ConsistencyChecks.tablePlacement(proposal, problems);
        if (problems.errorCount() > before || amount.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ComputedProposal(proposal, finance, tables, amount.get(), headlines, prose,
                corrections, exact.get()));
    }

    /**
     * The summary amount in whole... £000. A figure in pounds is converted exactly; if the result is not a whole
     * number of £000 it is rounded by the stated rule, and with no rule stated that is an error.
     */
    private static Optional<Figure> amount(Amount amount, Figure figure, Problems problems) {
        if (figure.unit() == Unit.COUNT) {
            problems.error(amount.figure().position(), "the summary amount must be money, but this figure is a count",
                    "refer to a money figure");
            return Optional.empty();
        }
        BigDecimal thousands = figure.unit() == Unit.POUNDS ? figure.value().divide(THOUSAND) : figure.value();
        if (amount.rounding() != null) {
            thousands = thousands.setScale(0, amount.rounding().mode());
        } else if (thousands.stripTrailingZeros().scale() > 0 && figure.unit() == Unit.POUNDS) {
            problems.error(amount.figure().position(), "the summary amount is shown in whole £000, but this figure is "
                    + ConsistencyChecks.plain(figure.value()) + " £, so it must be rounded and no rounding rule is stated",
                    "write 'amount: { figure: ..., round: nearest }' (or up, or down)");
            return Optional.empty();
        }
        return Optional.of(new Figure(thousands, Unit.THOUSANDS));
    }
}
