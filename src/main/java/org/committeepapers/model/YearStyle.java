package org.committeepapers.model;

/** How financial years are printed, named in {@code site.yaml} by an example of the year 2024-25. */
public enum YearStyle {
    HYPHEN("2024-25"), SLASH("2024/25"), SHORT_SLASH("24/25"), TO("2024 to 2025");

    private final String example;

    YearStyle(String example) {
        this.example = example;
    }

    public String example() {
        return example;
    }
}
