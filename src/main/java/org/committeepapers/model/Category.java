package org.committeepapers.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A category of business case, e.g. Savings, and the sign its amounts carry. Signs carry meaning in every
 * figure (a saving is money the council no longer spends, so it is negative), so a case whose amount has
 * the wrong sign for its category is an error: added up, it would make a total wrong by twice its size.
 *
 * @param name    as printed, e.g. "Invest to save"
 * @param sign    the sign of the amounts of cases in this category
 * @param aliases other names authors may write for it (matched ignoring case), e.g. "Saving" for "Savings"
 */
public record Category(String name, Sign sign, List<String> aliases) {

    public enum Sign {
        /** Spending: investments, pressures. Zero is allowed. */
        POSITIVE("positive"),
        /** Money saved or received: savings, income. Zero is allowed. */
        NEGATIVE("negative"),
        /** Either: an invest-to-save case nets its investment against its savings. */
        ANY("any");

        private final String word;

        Sign(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** Whether {@code value} has this sign (zero has every sign). */
        public boolean allows(BigDecimal value) {
            return this == ANY || value.signum() == 0 || (value.signum() > 0) == (this == POSITIVE);
        }
    }

    /** The built-in categories, in the order summaries list them; site.yaml may add more or change a sign. */
    public static final List<Category> BUILT_IN = List.of(
            new Category("Pressure", Sign.POSITIVE, List.of("Pressures")),
            new Category("Investment", Sign.POSITIVE, List.of("Investments")),
            new Category("Invest to save", Sign.ANY, List.of("Invest-to-save")),
            new Category("Savings", Sign.NEGATIVE, List.of("Saving")),
            new Category("Income", Sign.NEGATIVE, List.of()),
            new Category("Temporary funding", Sign.POSITIVE, List.of()));

    /** Whether the author's word names this category. */
    public boolean isCalled(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(w) || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(w));
    }
}
