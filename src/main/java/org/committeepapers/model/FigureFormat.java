package org.committeepapers.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a figure placed in prose is written, chosen after the bar: {@code {{ amount | £m }}}. */
public enum FigureFormat {
    /** Plain thousands of pounds as in the tables: 3,234. */
    THOUSANDS("£000"),
    /** £3,234k. */
    K("£k"),
    /** £3.234m, to the nearest thousand pounds. */
    M("£m"),
    /** Whole pounds: £3,234,000. */
    POUNDS("£"),
    /** A plain whole number, for counts: 26. */
    COUNT("count");

    private final String name;

    FigureFormat(String name) {
        this.name = name;
    }

    public String sourceName() {
        return name;
    }

    public static Optional<FigureFormat> parse(String text) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(text.strip())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(FigureFormat::sourceName).toList();
    }

    /** The format used when the author names none. */
    public static FigureFormat defaultFor(Unit unit) {
        return switch (unit) {
            case THOUSANDS -> THOUSANDS;
            case POUNDS -> POUNDS;
            case COUNT -> COUNT;
        };
    }
}
