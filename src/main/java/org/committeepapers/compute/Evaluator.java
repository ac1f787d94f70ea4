package org.committeepapers.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.model.Expression;
import org.committeepapers.model.Figure;
import org.committeepapers.problem.Problems;

/**
 * Evaluates figure expressions in {@link BigDecimal}, with the units worked out by {@link UnitAlgebra}:
 * £000 and £ convert exactly, £ ÷ £ is a ratio, £ × count is £, and £ + count is refused rather than
 * silently mixed; a bare number takes the unit of what it is combined with. Division by zero and results
 * beyond {@link Figure#LIMIT} are located errors.
 */
final class Evaluator {
    /**
     * Products and quotients keep 34 significant digits, rounded half to even, and at most
     * {@value #MAX_DECIMALS} decimal places: exact for any real figure, and bounded for absurd ones (a
     * chain of rows each squaring the last). Figures are rounded to what is shown only when printed.
     */
    static final MathContext PRECISION = new MathContext(34, java.math.RoundingMode.HALF_EVEN);
    static final int MAX_DECIMALS = 24;

    private final Figures figures;
    private final boolean emptyCellsGiveEmpty;
    private final Problems problems;

    /**
     * @param emptyCellsGiveEmpty true where a reference to an empty cell makes the result empty too (derived
     *                            table rows); false where it is a mistake to report (prose, checks)
     */
    Evaluator(Figures figures, boolean emptyCellsGiveEmpty, Problems problems) {
        this.figures = figures;
        this.emptyCellsGiveEmpty = emptyCellsGiveEmpty;
        this.problems = problems;
    }

    /** The value, or empty when a name is unknown or the arithmetic fails (both reported). */
    Optional<Figure> evaluate(Expression expression) {
        try {
            return Optional.ofNullable(value(expression));
        } catch (EmptyCell e) {
            return Optional.empty();
        }
    }

    /** Unwinds an evaluation that met an empty cell where that makes the whole result empty. */
    private static final class EmptyCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmptyCell() {
            super(null, null, false, false);
        }
    }

    /** A bare number has no unit until combined; null marks it. */
    private Figure value(Expression e) {
        if (e instanceof Expression.Number n) {
            return new Figure(n.value(), null);
        }
        if (e instanceof Expression.Reference r) {
            return reference(r);
        }
        if (e instanceof Expression.Negate n) {
            Figure f = value(n.operand());
            return f == null ? null : new Figure(f.value().negate(), f.unit());
        }
        return binary((Expression.Binary) e);
    }

    private Figure reference(Expression.Reference r) {
        if (figures.isEmpty(r.name())) {
            if (emptyCellsGiveEmpty) {
                throw new EmptyCell();
            }
            problems.error(r.position(), "the figure '" + r.name() + "' is an empty cell",
                    "put a figure (or 0) in that cell, or refer to another figure");
            return null;
        }
        Optional<Figure> figure = figures.get(r.name());
        Optional<String> draft = figure.isEmpty() ? problems.unloaded().draftOwning(r.name()) : Optional.empty();
        if (draft.isPresent()) {
            problems.error(r.position(), "the figure '" + r.name() + "' is of the paper '" + draft.get() + "', which is a "
                    + "draft (draft: true in its paper.yaml), so it is not published and its figures are not in this build",
                    "remove 'draft: true' from its paper.yaml to publish it, or take this figure out until it is ready");
        } else if (figure.isEmpty() && !problems.unloaded().ownsFigure(r.name())) {
            problems.error(r.position(), "there is no figure called '" + r.name() + "'",
                    DidYouMean.closest(r.name(), figures.names()).map(c -> "did you mean '" + c + "'?")
                            .orElse("figures are named like finance.total, finance.total.2024-25 or <table>.total.<column>"));
        }
        return figure.orElse(null);
    }

    private Figure binary(Expression.Binary b) {
        Figure left = value(b.left());
        Figure right = value(b.right());
        if (left == null || right == null) {
            return null;
        }
        UnitAlgebra.Outcome outcome = UnitAlgebra.combine(b.operator(), left.unit(), right.unit());
        if (outcome.refused()) {
            problems.error(b.position(), outcome.refusal(), "combine figures whose units fit: £ + £, £ × count, "
                    + "£ ÷ £ (a ratio), £ ÷ count (£ each); see 'Figures in the text' in the README");
            return null;
        }
        BigDecimal l = left.value();
        BigDecimal r = b.operator() == '*' ? right.value() : UnitAlgebra.inScaleOf(right.value(), right.unit(), left.unit());
        BigDecimal result;
        switch (b.operator()) {
            case '+' -> result = l.add(r);
            case '-' -> result = l.subtract(r);
            case '*' -> result = l.multiply(r, PRECISION);
            default -> {
                if (r.signum() == 0) {
                    problems.error(b.position(), "division by zero", "check the figure on the right of '/': it is 0 here");
                    return null;
                }
                result = l.divide(r, PRECISION);
            }
        }
        if (!Figure.fits(result)) {
            problems.error(b.position(), "the result here is " + (result.signum() < 0 ? "below minus " : "over ")
                    + Figure.LIMIT_TEXT + ", the largest figure a paper may hold",
                    "check the formula: a figure this large is a mistake, such as a row multiplied by itself");
            return null;
        }
        if (result.scale() > MAX_DECIMALS) {
            result = result.setScale(MAX_DECIMALS, PRECISION.getRoundingMode());
        }
        return new Figure(result, outcome.unit());
    }
}
