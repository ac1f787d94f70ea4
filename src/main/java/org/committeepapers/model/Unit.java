package org.committeepapers.model;

/**
 * What a figure measures. Money is kept in the unit it was written in (£000 or whole pounds) and converted
 * exactly (by moving the decimal point) only when combined with the other or printed. A rate is money per
 * one of something ("allowance each", "per week"); a ratio has no unit (£ ÷ £, count ÷ count) and is
 * printed as a ratio or a percentage.
 */
public enum Unit {
    THOUSANDS("£000", Kind.MONEY, 3),
    POUNDS("£", Kind.MONEY, 0),
    THOUSANDS_EACH("£000 each", Kind.RATE, 3),
    POUNDS_EACH("£ each", Kind.RATE, 0),
    COUNT("count", Kind.COUNT, 0),
    RATIO("ratio", Kind.RATIO, 0);

    /** What is measured, whatever the scale: the unit algebra works on kinds. */
    public enum Kind { MONEY, RATE, COUNT, RATIO }

    private final String word;
    private final Kind kind;
    private final int powerOfTen;

    Unit(String word, Kind kind, int powerOfTen) {
        this.word = word;
        this.kind = kind;
        this.powerOfTen = powerOfTen;
    }

    public String word() {
        return word;
    }

    public Kind kind() {
        return kind;
    }

    /** Money (£000 or £), not a rate, count or ratio. */
    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    /** Money or money per unit: figures printed with money formats. */
    public boolean isMoneyLike() {
        return kind == Kind.MONEY || kind == Kind.RATE;
    }

    /** How many places the decimal point moves to turn a figure in this unit into pounds: 3 for £000. */
    public int powerOfTen() {
        return powerOfTen;
    }

    /** The money unit of the same scale: £000 each → £000. */
    public Unit money() {
        return powerOfTen == 3 ? THOUSANDS : POUNDS;
    }

    /** The rate unit of the same scale: £ → £ each. */
    public Unit each() {
        return powerOfTen == 3 ? THOUSANDS_EACH : POUNDS_EACH;
    }
}
