package org.committeepapers.model;

/**
 * How a proposal's summary "Amount £000" is found: a figure expression, and the rounding rule when the figure
 * is in whole pounds or has decimals (null when it is already a whole number of £000).
 */
public record Amount(Expression figure, Rounding rounding) {
}
