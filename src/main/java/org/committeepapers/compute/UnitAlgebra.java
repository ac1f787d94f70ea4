package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.committeepapers.model.Expression;
import org.committeepapers.model.Unit;
import org.committeepapers.model.Unit.Kind;

/**
 * The unit of {@code a op b}, from the units of {@code a} and {@code b} (null for a bare number such as
 * {@code 2}, which takes the unit of what it is combined with):
 * <pre>
 *   £ + £, count + count, ratio + ratio     the same unit    (£000 and £ convert exactly)
 *   £ + count, £ + ratio, …                  refused
 *   £ × count, £ each × count               £                (so many of an amount)
 *   count × count                            count
 *   x × ratio, x × 2                         x's unit
 *   £ × £, £ × £ each, …                     refused
 *   £ ÷ £, count ÷ count, £ each ÷ £ each    ratio            (£ ÷ £000 converts first: 341 ÷ 1,000)
 *   £ ÷ count                                £ each
 *   £ ÷ £ each                               count
 *   x ÷ ratio, x ÷ 2                         x's unit
 * </pre>
 * Money of the two scales is combined in the scale of the left-hand figure.
 */
final class UnitAlgebra {
    private UnitAlgebra() {
    }

    /**
     * The outcome of one operation: the unit of the result (null for a bare number) and the right-hand
     * figure's value in the scale it must have first, or a refusal saying why the units do not combine.
     */
    record Outcome(Unit unit, boolean refused, String refusal) {
        static Outcome of(Unit unit) {
            return new Outcome(unit, false, null);
        }

        static Outcome no(String why) {
            return new Outcome(null, true, why);
        }
    }

    static Outcome combine(char operator, Unit left, Unit right) {
        return switch (operator) {
            case '+', '-' -> add(operator, left, right);
            case '*' -> multiply(left, right);
            default -> divide(left, right);
        };
    }

    private static Outcome add(char operator, Unit left, Unit right) {
        if (left == null || right == null) {
            return Outcome.of(left != null ? left : right);
        }
        if (left.kind() != right.kind()) {
            return Outcome.no("cannot " + (operator == '+' ? "add" : "subtract") + " figures in " + left.word()
                    + " and " + right.word());
        }
        return Outcome.of(left);
    }

    private static Outcome multiply(Unit left, Unit right) {
        if (left == null || right == null) {
            return Outcome.of(left != null ? left : right);
        }
        if (right.kind() == Kind.RATIO) {
            return Outcome.of(left);
        }
        if (left.kind() == Kind.RATIO) {
            return Outcome.of(right);
        }
        if (left.kind() == Kind.COUNT && right.kind() == Kind.COUNT) {
            return Outcome.of(Unit.COUNT);
        }
        if (left.kind() == Kind.COUNT && right.isMoneyLike()) {
            return Outcome.of(right.money());
        }
        if (right.kind() == Kind.COUNT && left.isMoneyLike()) {
            return Outcome.of(left.money());
        }
        return Outcome.no("cannot multiply a figure in " + left.word() + " by one in " + right.word());
    }

    private static Outcome divide(Unit left, Unit right) {
        if (right == null || right.kind() == Kind.RATIO) {
            return Outcome.of(left);
        }
        if (left == null) {
            return Outcome.no("cannot divide a plain number by a figure in " + right.word());
        }
        if (left.kind() == right.kind()) {
            return Outcome.of(Unit.RATIO);
        }
        if (left.kind() == Kind.MONEY && right.kind() == Kind.COUNT) {
            return Outcome.of(left.each());
        }
        if (left.kind() == Kind.MONEY && right.kind() == Kind.RATE) {
            return Outcome.of(Unit.COUNT);
        }
        return Outcome.no("cannot divide a figure in " + left.word() + " by one in " + right.word());
    }

    /**
     * The unit {@code e} gives when its names have the units {@code unitOf} says, or null when it is a bare
     * number, names something unknown or combines units that do not fit (evaluating it reports which).
     */
    static Unit infer(Expression e, Function<String, Unit> unitOf) {
        if (e instanceof Expression.Reference r) {
            return unitOf.apply(r.name());
        }
        if (e instanceof Expression.Negate n) {
            return infer(n.operand(), unitOf);
        }
        if (e instanceof Expression.Binary b) {
            Outcome outcome = combine(b.operator(), infer(b.left(), unitOf), infer(b.right(), unitOf));
            return outcome.refused() ? null : outcome.unit();
        }
        return null;
    }

    /** Every name {@code e} uses, in order. */
    static List<String> names(Expression e) {
        List<String> out = new ArrayList<>();
        Deque<Expression> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expression next = todo.pop();
            if (next instanceof Expression.Reference r) {
                out.add(r.name());
            } else if (next instanceof Expression.Negate n) {
                todo.push(n.operand());
            } else if (next instanceof Expression.Binary b) {
                todo.push(b.right());
                todo.push(b.left());
            }
        }
        return out;
    }

    /**
     * {@code value}, a figure in {@code from}, in the scale of {@code to} when both are money (or both rates)
     * of different scales: exact, by moving the decimal point (1.5 £000 is 1,500 £). Otherwise unchanged.
     */
    static BigDecimal inScaleOf(BigDecimal value, Unit from, Unit to) {
        if (from == null || to == null || !from.isMoneyLike() || !to.isMoneyLike()) {
            return value;
        }
        return value.movePointRight(from.powerOfTen() - to.powerOfTen());
    }
}
