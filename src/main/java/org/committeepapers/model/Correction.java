package org.committeepapers.model;

import java.math.BigDecimal;
import org.committeepapers.problem.SourcePosition;

/**
 * A figure that a document published earlier printed wrongly, recorded so that readers are told: "printed X,
 * computed Y, because …". Only the printed figure is typed; the right one is always computed.
 *
 * @param figure  the figure's name, as in {@code expect:}, e.g. {@code schemes.total.investment}
 * @param printed what the earlier document printed, in the figure's own unit
 * @param reason  why it was wrong, e.g. "transposition in the printed draft"
 */
public record Correction(String figure, SourcePosition figurePosition, BigDecimal printed,
        SourcePosition printedPosition, String reason) {
}
