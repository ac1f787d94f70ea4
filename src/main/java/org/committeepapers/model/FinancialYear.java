package org.committeepapers.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, named by the calendar year it starts in.
 * Written in sources as {@code 2024-25}; printed in whatever style the site chooses.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
    private static final Pattern SOURCE_FORM = Pattern.compile("(\\d{4})[-/](\\d{2})");

    /** Parses {@code 2024-25} (or {@code 2024/25}); empty when the text is not a consecutive pair of years. */
    public static Optional<FinancialYear> parse(String text) {
        Matcher m = SOURCE_FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int endTwoDigits = Integer.parseInt(m.group(2));
        return (start + 1) % 100 == endTwoDigits ? Optional.of(new FinancialYear(start)) : Optional.empty();
    }

    /** True for text shaped like a financial year, even an inconsistent one such as 2024-26. */
    public static boolean looksLikeYear(String text) {
        return SOURCE_FORM.matcher(text.strip()).matches();
    }

    /** The canonical source form, {@code 2024-25}, used in figure names and keys. */
    public String key() {
        return String.format(Locale.ROOT, "%d-%02d", startYear, (startYear + 1) % 100);
    }

    public String label(YearStyle style) {
        int end = startYear + 1;
        return switch (style) {
            case HYPHEN -> String.format(Locale.ROOT, "%d-%02d", startYear, end % 100);
            case SLASH -> String.format(Locale.ROOT, "%d/%02d", startYear, end % 100);
            case SHORT_SLASH -> String.format(Locale.ROOT, "%02d/%02d", startYear % 100, end % 100);
            case TO -> startYear + " to " + end;
        };
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return key();
    }
}
