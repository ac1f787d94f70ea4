package org.committeepapers.model;

/** What a finance row is; all rows add into the Total, signs carry the meaning (savings are negative). */
public enum FinanceRole {
    INVESTMENT, SAVING, INCOME, FUNDING, PRESSURE
}
