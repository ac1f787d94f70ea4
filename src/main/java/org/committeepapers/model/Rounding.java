package org.committeepapers.model;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A rounding rule an author must state whenever a figure is shown with less precision than it has. */
public enum Rounding {
    /** To the nearest; halves away from zero. */
    NEAREST("nearest", RoundingMode.HALF_UP, "rounded to the nearest"),
    /** Away from zero. */
    UP("up", RoundingMode.UP, "rounded up to the next"),
    /** Towards zero. */
    DOWN("down", RoundingMode.DOWN, "rounded down to the")
    ;

    private final String word;
    private final RoundingMode mode;
    private final String phrase;

    Rounding(String word, RoundingMode mode, String phrase) {
        this.word = word;
        this.mode = mode;
        this.phrase = phrase;
    }

    public RoundingMode mode() {
        return mode;
    }

    /** "rounded to the nearest", to be followed by the unit, e.g. "£1,000". */
    public String phrase() {
        return phrase;
    }

    public static Optional<Rounding> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.word.equalsIgnoreCase(text.strip())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(r -> r.word).toList();
    }
}
