package org.committeepapers.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.model.Expression;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/**
 * Evaluates figure expressions exactly, in {@link BigDecimal}. Adding £000 to whole pounds or to a count
 * is refused rather than silently mixed; a bare number takes the unit of what it is combined with.
 */
final class Evaluator {
    /** Division keeps 20 significant digits; figures are rounded only when printed. */
    private static final MathContext DIVISION = MathContext.DECIMAL128;

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
        if (figure.isEmpty()) {
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
        Unit unit = left.unit() != null ? left.unit() : right.unit();
        if (b.operator() == '+' || b.operator() == '-') {
            if (left.unit() != null && right.unit() != null && left.unit() != right.unit()) {
                problems.error(b.position(), "cannot " + (b.operator() == '+' ? "add" : "subtract") + " figures in "
                        + left.unit().word() + " and " + right.unit().word(), "combine figures of the same unit");
                return null;
            }
            BigDecimal v = b.operator() == '+' ? left.value().add(right.value()) : left.value().subtract(right.value());
            return new Figure(v, unit);
        }
        if (b.operator() == '*') {
            return new Figure(left.value().multiply(right.value()), unit);
        }
        if (right.value().signum() == 0) {
            problems.error(b.position(), "division by zero", "check the figure on the right of '/'");
            return null;
        }
        Unit quotient = right.unit() != null && right.unit() == left.unit() ? null : unit;
        return new Figure(left.value().divide(right.value(), DIVISION), quotient);
    }
}
