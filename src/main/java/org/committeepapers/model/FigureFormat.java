package org.committeepapers.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a figure placed in prose is written, chosen after the bar: {@code {{ amount | £m }}}, optionally with
 * the decimal places to show: {@code {{ rise | % 1dp }}} prints 10.1%.
 *
 * @param style    the kind of figure it prints
 * @param decimals decimal places shown; the style's default when the author names none
 */
public record FigureFormat(Style style, int decimals) {

    public enum Style {
        /** Plain thousands of pounds as in the tables: 3,234. */
        THOUSANDS("£000", 0),
        /** £3,234k. */
        K("£k", 0),
        /** £3.234m, to the nearest thousand pounds. */
        M("£m", 3),
        /** Whole pounds: £3,234,000. */
        POUNDS("£", 0),
        /** A plain whole number, for counts: 26. */
        COUNT("count", 0),
        /** A ratio as a percentage: 0.101 → 10%. */
        PERCENT("%", 0),
        /** A ratio as a plain number: 1.10. */
        RATIO("ratio", 2);

        private final String name;
        private final int defaultDecimals;

        Style(String name, int defaultDecimals) {
            this.name = name;
            this.defaultDecimals = defaultDecimals;
        }

        /** Whether this style prints money (or money each), as opposed to a count or a ratio. */
        public boolean isMoney() {
            return this == THOUSANDS || this == K || this == M || this == POUNDS;
        }

        /** Whether this style prints a ratio. */
        public boolean isRatio() {
            return this == PERCENT || this == RATIO;
        }
    }

    public static final FigureFormat THOUSANDS = new FigureFormat(Style.THOUSANDS, 0);
    public static final FigureFormat K = new FigureFormat(Style.K, 0);
    public static final FigureFormat M = new FigureFormat(Style.M, 3);
    public static final FigureFormat POUNDS = new FigureFormat(Style.POUNDS, 0);
    public static final FigureFormat COUNT = new FigureFormat(Style.COUNT, 0);
    public static final FigureFormat PERCENT = new FigureFormat(Style.PERCENT, 0);
    public static final FigureFormat RATIO = new FigureFormat(Style.RATIO, 2);

    /** The most decimal places a format may ask for. */
    public static final int MAX_DECIMALS = 6;
    private static final Pattern WITH_DECIMALS = Pattern.compile("(.*?)\\s+(\\d+)\\s*dp");

    public String sourceName() {
        return decimals == style.defaultDecimals ? style.name : style.name + " " + decimals + "dp";
    }

    /** {@code £k}, {@code % 1dp}, …; empty when the text names no format (or more than six decimals). */
    public static Optional<FigureFormat> parse(String text) {
        String name = text.strip();
        Integer decimals = null;
        Matcher m = WITH_DECIMALS.matcher(name);
        if (m.matches()) {
            name = m.group(1).strip();
            decimals = m.group(2).length() > 1 ? Integer.valueOf(99) : Integer.valueOf(m.group(2));
        }
        String chosen = name;
        Optional<Style> style = Arrays.stream(Style.values()).filter(s -> s.name.equalsIgnoreCase(chosen)).findFirst();
        if (style.isEmpty() || decimals != null && decimals > MAX_DECIMALS) {
            return Optional.empty();
        }
        return Optional.of(new FigureFormat(style.get(), decimals == null ? style.get().defaultDecimals : decimals));
    }

    public static List<String> names() {
        return Arrays.stream(Style.values()).map(s -> s.name).toList();
    }

    /** The format used when the author names none. */
    public static FigureFormat defaultFor(Unit unit) {
        return switch (unit) {
            case THOUSANDS, THOUSANDS_EACH -> THOUSANDS;
            case POUNDS, POUNDS_EACH -> POUNDS;
            case COUNT -> COUNT;
            case RATIO -> RATIO;
        };
    }

    /** Whether this format can print a figure in {@code unit}. */
    public boolean suits(Unit unit) {
        return switch (unit.kind()) {
            case MONEY, RATE -> style.isMoney();
            case COUNT -> style == Style.COUNT;
            case RATIO -> style.isRatio();
        };
    }
}
