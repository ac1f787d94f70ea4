package org.committeepapers.model;

/** What a figure counts. Money is kept in the unit it was written in; it is scaled only when printed. */
public enum Unit {
    THOUSANDS("£000"), POUNDS("£"), COUNT("count");

    private final String word;

    Unit(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public boolean isMoney() {
        return this != COUNT;
    }
}
