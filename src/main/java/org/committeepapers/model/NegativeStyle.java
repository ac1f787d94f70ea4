package org.committeepapers.model;

/** How negative figures are printed. */
public enum NegativeStyle {
    /** A true minus sign, U+2212, which screen readers announce as "minus": −976. */
    MINUS("minus"),
    /** The keyboard hyphen-minus: -976. */
    HYPHEN("hyphen"),
    /** Accounting brackets: (976). */
    BRACKETS("brackets");

    private final String word;

    NegativeStyle(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
