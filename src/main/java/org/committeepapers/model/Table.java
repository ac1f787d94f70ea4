package org.committeepapers.model;

import java.math.BigDecimal;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * A table placed in a proposal's narrative with {@code {{ table id }}}. Its totals and derived rows are
 * computed, never typed.
 *
 * @param totalLabel label of a computed row summing every number column, or null for none
 */
public record Table(String id, SourcePosition position, String caption, Unit units, List<Column> columns,
        List<Row> rows, String totalLabel) {

    public enum ColumnType { TEXT, MONEY, COUNT }

    /** A column; {@code year} is set when the key names a financial year, {@code group} spans a header above. */
    public record Column(String key, String label, ColumnType type, String group, FinancialYear year) {
        public boolean isNumber() {
            return type != ColumnType.TEXT;
        }
    }

    public sealed interface Row {
        SourcePosition position();
    }

    /** Cells in column order: a String for text columns, a BigDecimal or null for number columns. */
    public record DataRow(SourcePosition position, String id, List<Cell> cells) implements Row {
    }

    /** A row computed column by column from other rows' ids, e.g. {@code achieved - target}. */
    public record DerivedRow(SourcePosition position, String label, Expression formula) implements Row {
    }

    /** A cell: text, a number, or neither (empty). */
    public record Cell(String text, BigDecimal number) {
        public static final Cell EMPTY = new Cell(null, null);
    }
}
