package org.committeepapers.model;

import java.math.BigDecimal;

/** A number with its unit: £000, whole pounds or a count. Always a {@link BigDecimal}, never a double. */
public record Figure(BigDecimal value, Unit unit) {
}
