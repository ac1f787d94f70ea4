package org.committeepapers.model;

/**
 * The one way the whole site prints numbers and years.
 *
 * @param thousandsSeparator between groups of three digits, e.g. ","
 * @param negative           how negative figures look
 * @param nil                what an empty cell shows
 * @param years              how financial years are labelled
 */
public record FormatPolicy(String thousandsSeparator, NegativeStyle negative, String nil, YearStyle years) {
    public static final FormatPolicy DEFAULT = new FormatPolicy(",", NegativeStyle.MINUS, "–", YearStyle.HYPHEN);
}
