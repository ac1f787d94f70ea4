package org.committeepapers.model;

import java.math.BigDecimal;
import java.util.Map;
import org.committeepapers.problem.SourcePosition;

/** A line of a proposal's business-plan finance table: a row of figures, or a heading between rows. */
public sealed interface FinanceLine {

    SourcePosition position();

    /**
     * A row of figures in £000.
     *
     * @param id     the name used in figure references, {@code finance.<id>.<year>}
     * @param values one per financial year; a year left out is an empty cell, distinct from 0
     * @param notCosted the years whose cell holds a word such as TBC instead of a figure not yet known
     */
    record Row(SourcePosition position, String id, String label, FinanceRole role,
            Map<FinancialYear, BigDecimal> values, Map<FinancialYear, String> notCosted) implements FinanceLine {
        public Row(SourcePosition position, String id, String label, FinanceRole role,
                Map<FinancialYear, BigDecimal> values) {
            this(position, id, label, role, values, Map.of());
        }
    }

    record Heading(SourcePosition position, String text) implements FinanceLine {
    }
}
