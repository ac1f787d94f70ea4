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

    /**
     * What a column holds. Only money and counts are added up (into totals, subtotals and the row total);
     * a rate (money each, e.g. an allowance per person), a percentage or a ratio is never totalled, and
     * its cell in a Total row is empty.
     */
    public enum ColumnType {
        TEXT, MONEY, RATE, PERCENTAGE, COUNT, RATIO, RAG;

        public boolean isNumber() {
            return this != TEXT && this != RAG;
        }

        /** Money and counts: the columns a total adds up. */
        public boolean isTotalled() {
            return this == MONEY || this == COUNT;
        }

        /** The unit of this column's figures in a table whose money is in {@code money}. */
        public Unit unit(Unit money) {
            return switch (this) {
                case RATE -> money.each();
                case COUNT -> Unit.COUNT;
                case PERCENTAGE, RATIO -> Unit.RATIO;
                default -> money;
            };
        }

        /** The type that shows a figure in {@code unit}: a ratio as a ratio, money each as a rate. */
        public static ColumnType of(Unit unit) {
            return switch (unit.kind()) {
                case MONEY -> MONEY;
                case RATE -> RATE;
                case COUNT -> COUNT;
                case RATIO -> RATIO;
            };
        }

        /** Whether figures in {@code unit} may be shown in a column of this type. */
        public boolean holds(Unit unit) {
            return isNumber() && unit.kind() == unit(Unit.POUNDS).kind();
        }
    }

    /**
     * A column; {@code year} is set when the key names a financial year, {@code group} spans a header above,
     * {@code derive} computes its cells from the other columns of the row (derived columns included), and
     * {@code decimals} is how many decimal places a percentage or ratio column shows (null: as written up to
     * two, else one for a percentage; up to three, else two for a ratio); on a count column it allows
     * counts in parts, such as 333.5 assessments.
     */
    public record Column(String key, String label, ColumnType type, String group, FinancialYear year,
            Expression derive, Integer decimals) {
        public Column(String key, String label, ColumnType type, String group, FinancialYear year, Expression derive) {
            this(key, label, type, group, year, derive, null);
        }

        /** A derived column whose type is not yet worked out from its formula holds figures too. */
        public boolean isNumber() {
            return type == null ? derive != null : type.isNumber();
        }

        public Column withType(ColumnType newType) {
            return new Column(key, label, newType, group, year, derive, decimals);
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
     * A row computed column by column from other rows' ids (or other tables' figures), e.g.
     * {@code achieved - target}. In the formula, {@code previous} is this row's own figure in the column
     * before, so {@code previous * 1.1} grows by 10% a year from {@code start}, the figure of its first number
     * column (null when the formula gives every cell). {@code type} says how its figures are shown when
     * they are not of the columns' kind (e.g. a percentage row in a money table); null to work it out.
     */
    public record DerivedRow(SourcePosition position, String id, String label, Expression formula, BigDecimal start,
            ColumnType type) implements Row {
        public DerivedRow(SourcePosition position, String id, String label, Expression formula, BigDecimal start) {
            this(position, id, label, formula, start, null);
        }
    }

    /**
     * A cell: text, a number, or neither (empty). In a number column, text without a number is a declared
     * "not yet costed" marker such as TBC: shown as written, left out of every total. {@code prose} is set
     * instead of {@code text} for an author's text that holds figure references, printed once computed.
     */
    public record Cell(String text, BigDecimal number, Text prose) {
        public static final Cell EMPTY = new Cell(null, null);

        public Cell(String text, BigDecimal number) {
            this(text, number, null);
        }

        public boolean isNotCosted() {
            return text != null && number == null;
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
