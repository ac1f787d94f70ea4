package org.committeepapers.model;

import java.math.BigDecimal;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * A table placed in a proposal's text with {@code {{ table id }}}. Its totals, subtotals, derived rows and
 * derived columns are computed, never typed.
 *
 * @param groups     the rows, in groups; a table without {@code groups:} has one group with no label
 * @param totalLabel label of a computed row summing every number column over all groups' data rows, or null
 * @param rowTotal   label of a computed column summing each row's number cells, or null
 */
public record Table(String id, SourcePosition position, Text caption, Unit units, List<Column> columns,
        List<Group> groups, String totalLabel, String rowTotal, TableFormat format) {

    /** The caption and every text cell that holds figures, in which figures are computed. */
    public List<Text> texts() {
        java.util.ArrayList<Text> all = new java.util.ArrayList<>();
        if (caption != null) {
            all.add(caption);
        }
        groups.forEach(g -> g.rows().forEach(r -> {
            if (r instanceof DataRow d) {
                d.cells().stream().filter(c -> c.prose() != null).forEach(c -> all.add(c.prose()));
            }
        }));
        return all;
    }

    public enum ColumnType { TEXT, MONEY, COUNT, RAG }

    /**
     * A column; {@code year} is set when the key names a financial year, {@code group} spans a header above,
     * {@code derive} computes its cells from the other columns of the row.
     */
    public record Column(String key, String label, ColumnType type, String group, FinancialYear year,
            Expression derive) {
        public boolean isNumber() {
            return type == ColumnType.MONEY || type == ColumnType.COUNT;
        }
    }

    /**
     * Rows under a heading; {@code label} is printed as a heading row and {@code subtotal} labels a computed
     * row summing the group's data rows (both null for an ungrouped table).
     */
    public record Group(SourcePosition position, String id, String label, String subtotal, List<Row> rows) {
    }

    public sealed interface Row {
        SourcePosition position();
    }

    /**
     * Cells in column order: text for text columns, a number or nothing for number columns. {@code counts} marks
     * a row of counts (e.g. people) in a table of money, so its figures are counts.
     */
    public record DataRow(SourcePosition position, String id, List<Cell> cells, boolean counts) implements Row {
    }

    /**
     * A row computed column by column from other rows' ids, e.g. {@code achieved - target}. In the formula,
     * {@code previous} is this row's own figure in the column before, so {@code previous * 1.1} grows by 10% a
     * year from {@code start}, the figure of its first number column (null when the formula gives every cell).
     */
    public record DerivedRow(SourcePosition position, String id, String label, Expression formula, BigDecimal start)
            implements Row {
    }

    /**
     * A cell: text, a number, or neither (empty). {@code prose} is set instead of {@code text} for an author's
     * text that holds figure references, to be printed once they are computed.
     */
    public record Cell(String text, BigDecimal number, Text prose) {
        public static final Cell EMPTY = new Cell(null, null);

        public Cell(String text, BigDecimal number) {
            this(text, number, null);
        }
    }

    /**
     * How this table prints its numbers, where it differs from the site's policy.
     *
     * @param decimals a fixed number of decimals, or null to print them as written
     * @param rounding how to drop decimals beyond {@code decimals}; required if any value has more
     * @param prefix   printed before every figure, e.g. "£"
     * @param nil      what an empty cell shows, or null for the site's choice
     */
    public record TableFormat(Integer decimals, Rounding rounding, String prefix, String nil) {
        public static final TableFormat SITE = new TableFormat(null, null, "", null);
    }
}
