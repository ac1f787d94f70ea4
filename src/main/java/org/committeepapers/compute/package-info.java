/**
 * The compute stage: every total, subtotal, summary and derived figure, and the checks of the figures an
 * author states. Pure functions of the model; money is BigDecimal throughout.
 *
 * <p>May import {@code model}, {@code problem} and {@code names}. No I/O, no library, and never {@code load}
 * or a later stage.
 */
package org.committeepapers.compute;
