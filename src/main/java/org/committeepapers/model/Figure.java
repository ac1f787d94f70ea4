package org.committeepapers.model;

import java.math.BigDecimal;

/**
 * A number with its unit: £000, whole pounds, money each, a count or a ratio. Always a {@link BigDecimal},
 * never a double. A figure of a paper is smaller than {@link #LIMIT} in its own unit: anything larger is
 * a mistake (a row multiplied by itself, a figure typed in pence), refused before it can slow a build down.
 */
public record Figure(BigDecimal value, Unit unit) {
    /** 10^15: no council figure comes near it, in £000 or in pounds. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
    public static final String LIMIT_TEXT = "1,000,000,000,000,000 (10^15)";
    /** The most digits a number written in a source may have. */
    public static final int MAX_DIGITS = 30;

    /** Whether {@code value} is within the bound every figure keeps to. */
    public static boolean fits(BigDecimal value) {
        return value.abs().compareTo(LIMIT) < 0;
    }
}
