package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.committeepapers.model.FinanceLine;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;

/**
 * Computes a proposal's business-plan finance table: a Total row (each year's rows added up) and a Total
 * column (each row added up over the years), all in £000.
 */
final class FinanceCalculator {
    static final String CAPTION = "Summary business plan revenue financial information (£000)";

    private FinanceCalculator() {
    }

    /**
     * Adds the figures {@code finance.<row>.<year>}, {@code finance.<row>.total}, {@code finance.total.<year>}
     * and {@code finance.total} (the net total over every row and year).
     */
    static ComputedTable compute(List<FinanceLine> lines, List<FinancialYear> years, Figures figures) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column("type", "Type", Table.ColumnType.TEXT, null, null, null));
        for (FinancialYear year : years) {
            columns.add(new Table.Column(year.key(), null, Table.ColumnType.MONEY, null, year, null));
        }
        columns.add(new Table.Column("total", "Total", Table.ColumnType.MONEY, null, null, null));
        Table shape = new Table("finance", null, org.committeepapers.model.Text.literal(CAPTION), Unit.THOUSANDS, columns, List.of(), "Total", null,
                Table.TableFormat.SITE);

        List<ComputedTable.Row> rows = new ArrayList<>();
        List<FinanceLine.Row> figureRows = new ArrayList<>();
        int excluded = 0;
        for (FinanceLine line : lines) {
            if (line instanceof FinanceLine.Heading heading) {
                rows.add(new ComputedTable.Row(ComputedTable.Kind.HEADING, List.of(new Table.Cell(heading.text(), null))));
                continue;
            }
            FinanceLine.Row row = (FinanceLine.Row) line;
            figureRows.add(row);
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(new Table.Cell(row.label(), null));
            for (FinancialYear year : years) {
                BigDecimal value = row.values().get(year);
                cells.add(new Table.Cell(row.notCosted().get(year), value));
                excluded += row.notCosted().containsKey(year) ? 1 : 0;
                put(figures, "finance." + row.id() + "." + year.key(), value);
            }
            BigDecimal rowTotal = Sums.of(row.values().values().stream());
            cells.add(new Table.Cell(null, rowTotal));
            put(figures, "finance." + row.id() + ".total", rowTotal);
            rows.add(new ComputedTable.Row(ComputedTable.Kind.DATA, cells, null, row.position()));
        }
        List<Table.Cell> totals = new ArrayList<>();
        totals.add(new Table.Cell("Total", null));
        for (FinancialYear year : years) {
            BigDecimal yearTotal = Sums.of(figureRows.stream().map(r -> r.values().get(year)));
            totals.add(new Table.Cell(null, yearTotal));
            put(figures, "finance.total." + year.key(), yearTotal);
        }
        BigDecimal grand = Sums.of(figureRows.stream().flatMap(r -> r.values().values().stream()));
        // A net total is a real figure even when every cell is empty: nothing spent, nothing saved.
        BigDecimal net = grand == null ? BigDecimal.ZERO : grand;
        totals.add(new Table.Cell(null, net));
        put(figures, "finance.total", net);
        String note = excluded == 0 ? null
                : "Totals exclude " + excluded + (excluded == 1 ? " cell" : " cells") + " not yet costed.";
        // The total comes from every row: it is located where the table starts, at its first row.
        org.committeepapers.problem.SourcePosition start = lines.isEmpty() ? null : lines.get(0).position();
        return new ComputedTable(shape, columns, List.copyOf(rows),
                new ComputedTable.Row(ComputedTable.Kind.TOTAL, totals, null, start), note);
    }

    private static void put(Figures figures, String name, BigDecimal value) {
        figures.put(name, value == null ? null : new Figure(value, Unit.THOUSANDS));
    }
}
