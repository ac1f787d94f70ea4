package org.committeepapers.model;

import java.math.BigDecimal;
import org.committeepapers.problem.SourcePosition;

/** A figure the author states, kept only to check the computed one: {@code expect: {finance.total: -560}}. */
public record Expectation(String figure, SourcePosition figurePosition, BigDecimal stated,
        SourcePosition statedPosition) {
}
