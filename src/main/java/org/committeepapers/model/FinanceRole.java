package org.committeepapers.model;

/**
 * What a finance row is; all rows add into the Total, and signs carry the meaning: investments and
 * pressures are spending (positive), savings and income reduce it (negative), and funding moves money
 * between years or sources (either sign).
 */
public enum FinanceRole {
    INVESTMENT(Category.Sign.POSITIVE), SAVING(Category.Sign.NEGATIVE), INCOME(Category.Sign.NEGATIVE),
    FUNDING(Category.Sign.ANY), PRESSURE(Category.Sign.POSITIVE);

    private final Category.Sign sign;

    FinanceRole(Category.Sign sign) {
        this.sign = sign;
    }

    /** The sign a row of this role adds up to. */
    public Category.Sign sign() {
        return sign;
    }
}
