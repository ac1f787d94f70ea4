package org.committeepapers.compute;

import java.util.List;
import org.committeepapers.model.Table;

/**
 * A table with every derived cell filled in: derived rows, the row-total column of finance tables, and
 * the totals row. Still numbers, not text: formatting happens in the render stage.
 */
public record ComputedTable(Table table, List<Row> rows, Row total) {

    public enum Kind { DATA, DERIVED, HEADING, TOTAL }

    /** Cells in the table's column order; a heading row has one text cell. */
    public record Row(Kind kind, List<Table.Cell> cells) {
    }
}
