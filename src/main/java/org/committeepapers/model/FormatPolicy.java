package org.committeepapers.model;

/**
 * The one way the whole site prints numbers and years.
 *
 * @param thousandsSeparator between groups of three digits, e.g. ","
 * @param negative           how negative figures look
 * @param nil                what an empty cell shows
 * @param years              how financial years are labelled
 * @param shownPositive      categories whose amounts summaries print as positive numbers under the
 *                           category's heading (site.yaml {@code savings_shown_as: positive} lists every
 *                           category whose sign is negative: savings, income). Only the printing changes:
 *                           figures keep their signs, every total is computed from them, and the net total
 *                           is printed with its sign.
 */
public record FormatPolicy(String thousandsSeparator, NegativeStyle negative, String nil, YearStyle years,
        java.util.Set<String> shownPositive) {
    public static final FormatPolicy DEFAULT = new FormatPolicy(",", NegativeStyle.MINUS, "–", YearStyle.HYPHEN);

    public FormatPolicy(String thousandsSeparator, NegativeStyle negative, String nil, YearStyle years) {
        this(thousandsSeparator, negative, nil, years, java.util.Set.of());
    }
}
