package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.committeepapers.load.Slugs;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/** Computes a narrative table's derived rows and totals, and names its figures. */
final class TableCalculator {
    private TableCalculator() {
    }

    /**
     * Fills in {@code table} and adds its figures to {@code figures}: {@code <table>.<row id>.<column>} for
     * rows with an id (derived rows are named after their label) and {@code <table>.total.<column>}.
     */
    static ComputedTable compute(Table table, Figures figures, Problems problems) {
        List<Table.Column> columns = table.columns();
        List<ComputedTable.Row> rows = new ArrayList<>();
        Figures rowValues = new Figures();
        List<List<Table.Cell>> dataRows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (row instanceof Table.DataRow data) {
                rows.add(new ComputedTable.Row(ComputedTable.Kind.DATA, data.cells()));
                dataRows.add(data.cells());
                if (data.id() != null) {
                    name(table, data.id(), data.cells(), figures, rowValues);
                }
            } else {
                Table.DerivedRow derived = (Table.DerivedRow) row;
                List<Table.Cell> cells = derive(table, derived, rowValues, problems);
                rows.add(new ComputedTable.Row(ComputedTable.Kind.DERIVED, cells));
                name(table, Slugs.of(derived.label()), cells, figures, rowValues);
            }
        }
        List<Table.Cell> totals = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Table.Column column = columns.get(c);
            if (!column.isNumber()) {
                totals.add(Table.Cell.EMPTY);
                continue;
            }
            BigDecimal sum = Sums.of(dataRows.stream().map(cells -> cells.get(columnIndex(columns, column)).number()));
            totals.add(new Table.Cell(null, sum));
            figures.put(table.id() + ".total." + column.key(), sum == null ? null : new Figure(sum, unitOf(table, column)));
        }
        ComputedTable.Row total = null;
        if (table.totalLabel() != null) {
            int labelColumn = firstTextColumn(columns);
            if (labelColumn >= 0) {
                totals.set(labelColumn, new Table.Cell(table.totalLabel(), null));
            }
            total = new ComputedTable.Row(ComputedTable.Kind.TOTAL, totals);
        }
        return new ComputedTable(table, List.copyOf(rows), total);
    }

    private static List<Table.Cell> derive(Table table, Table.DerivedRow row, Figures rowValues, Problems problems) {
        List<Table.Column> columns = table.columns();
        List<Table.Cell> cells = new ArrayList<>();
        boolean reported = false;
        for (Table.Column column : columns) {
            if (!column.isNumber()) {
                cells.add(Table.Cell.EMPTY);
                continue;
            }
            Figures forColumn = new Figures();
            for (String name : rowValues.names()) {
                if (name.endsWith("." + column.key())) {
                    forColumn.put(name.substring(0, name.length() - column.key().length() - 1),
                            rowValues.get(name).orElse(null));
                }
            }
            // Report a wrong formula once, not once per column.
            Problems target = reported ? new Problems() : problems;
            int before = target.errorCount();
            Optional<Figure> value = new Evaluator(forColumn, true, target).evaluate(row.formula());
            reported |= target.errorCount() > before;
            cells.add(new Table.Cell(null, value.map(Figure::value).orElse(null)));
        }
        int labelColumn = firstTextColumn(columns);
        if (labelColumn >= 0) {
            cells.set(labelColumn, new Table.Cell(row.label(), null));
        }
        return cells;
    }

    private static void name(Table table, String rowId, List<Table.Cell> cells, Figures figures, Figures rowValues) {
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = table.columns().get(c);
            if (column.isNumber()) {
                BigDecimal value = cells.get(c).number();
                Figure figure = value == null ? null : new Figure(value, unitOf(table, column));
                figures.put(table.id() + "." + rowId + "." + column.key(), figure);
                rowValues.put(rowId + "." + column.key(), figure);
            }
        }
    }

    private static int columnIndex(List<Table.Column> columns, Table.Column column) {
        return columns.indexOf(column);
    }

    private static int firstTextColumn(List<Table.Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).isNumber()) {
                return c;
            }
        }
        return -1;
    }

    static Unit unitOf(Table table, Table.Column column) {
        return column.type() == Table.ColumnType.COUNT ? Unit.COUNT : table.units();
    }
}
