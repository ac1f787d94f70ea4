package org.committeepapers.model;

import java.math.BigDecimal;
import org.committeepapers.problem.SourcePosition;

/** Arithmetic over named figures, e.g. {@code schemes.total.investment + finance.jtf.2023-24}. */
public sealed interface Expression {

    SourcePosition position();

    /** Where the expression's text begins (a sum's position is its operator), for errors about the whole. */
    default SourcePosition start() {
        Expression e = this;
        while (e instanceof Binary b) {
            e = b.left();
        }
        return e.position();
    }

    record Number(SourcePosition position, BigDecimal value) implements Expression {
    }

    /** A figure by name, e.g. {@code finance.total.2024-25}. */
    record Reference(SourcePosition position, String name) implements Expression {
    }

    record Negate(SourcePosition position, Expression operand) implements Expression {
    }

    record Binary(SourcePosition position, char operator, Expression left, Expression right) implements Expression {
    }
}
