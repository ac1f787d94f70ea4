package org.committeepapers.compute;

import java.util.List;
import org.committeepapers.model.Table;

/**
 * A table with every derived cell filled in: derived rows and columns, the row-total column, group subtotals
 * and the totals row. Still numbers, not text: formatting happens in the render stage.
 *
 * @param columns the columns as printed, including a computed row-total column
 */
public record ComputedTable(Table table, List<Table.Column> columns, List<Row> rows, Row total) {

    public enum Kind { DATA, DERIVED, HEADING, SUBTOTAL, TOTAL }

    /** Cells in column order; a heading row has one text cell. */
    public record Row(Kind kind, List<Table.Cell> cells) {
    }
}
