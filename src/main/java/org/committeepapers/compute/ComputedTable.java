package org.committeepapers.compute;

import java.util.List;
import org.committeepapers.model.Table;
import org.committeepapers.problem.SourcePosition;

/**
 * A table with every derived cell filled in: derived rows and columns, the row-total column, group subtotals
 * and the totals row. Still numbers, not text: formatting happens in the render stage.
 *
 * @param columns the columns as printed, including a computed row-total column; a derived column's type is
 *                the one its formula's units give
 * @param note    a note on the totals, e.g. "Totals exclude 2 cells not yet costed", or null
 */
public record ComputedTable(Table table, List<Table.Column> columns, List<Row> rows, Row total, String note) {

    public ComputedTable(Table table, List<Table.Column> columns, List<Row> rows, Row total) {
        this(table, columns, rows, total, null);
    }

    public enum Kind { DATA, DERIVED, HEADING, SUBTOTAL, TOTAL }

    /**
     * Cells in column order; a heading row has one text cell. {@code type} is how every figure of the row is
     * shown when it differs from its column's (a row of counts in a money table, a percentage row), or null.
     * {@code position} is where the row is written (a total's: where its table is), for the open data.
     */
    public record Row(Kind kind, List<Table.Cell> cells, Table.ColumnType type, SourcePosition position) {
        public Row(Kind kind, List<Table.Cell> cells) {
            this(kind, cells, null, null);
        }

        public Row(Kind kind, List<Table.Cell> cells, Table.ColumnType type) {
            this(kind, cells, type, null);
        }
    }
}
