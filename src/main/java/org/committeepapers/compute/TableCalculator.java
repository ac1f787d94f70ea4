package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/**
 * Computes a narrative table: derived columns within each row, the row-total column, derived rows (in the
 * order their formulas need, refusing circles), group subtotals and the totals row; and names its figures.
 */
final class TableCalculator {
    private final Table table;
    private final List<Table.Column> columns;
    private final Problems problems;
    /** Every data and derived row with an id, by id, as computed cells. */
    private final Map<String, List<Table.Cell>> named = new LinkedHashMap<>();
    /** Ids of rows of counts in a money table. */
    private final Set<String> countRows = new LinkedHashSet<>();
    private final Map<String, Table.DerivedRow> derived = new LinkedHashMap<>();
    private final Set<String> reported = new LinkedHashSet<>();

    private TableCalculator(Table table, Problems problems) {
        this.table = table;
        this.problems = problems;
        List<Table.Column> all = new ArrayList<>(table.columns());
        if (table.rowTotal() != null) {
            boolean taken = all.stream().anyMatch(c -> c.key().equals("total"));
            all.add(new Table.Column(taken ? "row-total" : "total", table.rowTotal(),
                    all.stream().anyMatch(c -> c.type() == Table.ColumnType.MONEY) ? Table.ColumnType.MONEY
                            : Table.ColumnType.COUNT, null, null, null));
        }
        this.columns = List.copyOf(all);
    }

    /**
     * Fills in {@code table} and adds its figures to {@code figures}: {@code <table>.<row id>.<column>} for rows
     * with an id (derived rows are named by their id or label), {@code <table>.<group>.<column>} for group
     * subtotals and {@code <table>.total.<column>} for the totals.
     */
    static ComputedTable compute(Table table, Figures figures, Problems problems) {
        return new TableCalculator(table, problems).compute(figures);
    }

    private ComputedTable compute(Figures figures) {
        for (Table.Group group : table.groups()) {
            for (Table.Row row : group.rows()) {
                if (row instanceof Table.DataRow data && data.id() != null) {
                    named.put(data.id(), completeRow(data.cells()));
                    if (data.counts()) {
                        countRows.add(data.id());
                    }
                } else if (row instanceof Table.DerivedRow d && d.id() != null) {
                    derived.put(d.id(), d);
                }
            }
        }
        List<ComputedTable.Row> rows = new ArrayList<>();
        List<List<Table.Cell>> allData = new ArrayList<>();
        for (Table.Group group : table.groups()) {
            if (group.label() != null) {
                rows.add(new ComputedTable.Row(ComputedTable.Kind.HEADING, List.of(new Table.Cell(group.label(), null))));
            }
            List<List<Table.Cell>> groupData = new ArrayList<>();
            for (Table.Row row : group.rows()) {
                if (row instanceof Table.DataRow data) {
                    List<Table.Cell> cells = data.id() != null ? named.get(data.id()) : completeRow(data.cells());
                    rows.add(new ComputedTable.Row(ComputedTable.Kind.DATA, cells));
                    groupData.add(cells);
                } else {
                    Table.DerivedRow d = (Table.DerivedRow) row;
                    List<Table.Cell> cells = d.id() != null ? derivedRow(d.id(), new LinkedHashSet<>())
                            : evaluate(d, new LinkedHashSet<>());
                    rows.add(new ComputedTable.Row(ComputedTable.Kind.DERIVED, labelled(cells, d.label())));
                }
            }
            allData.addAll(groupData);
            if (group.subtotal() != null) {
                List<Table.Cell> subtotal = sums(groupData, group.subtotal());
                rows.add(new ComputedTable.Row(ComputedTable.Kind.SUBTOTAL, subtotal));
                name(group.id(), subtotal, figures);
            }
        }
        named.forEach((id, cells) -> name(id, cells, figures));
        List<Table.Cell> totals = sums(allData, table.totalLabel());
        name("total", totals, figures);
        ComputedTable.Row total = table.totalLabel() == null ? null : new ComputedTable.Row(ComputedTable.Kind.TOTAL, totals);
        checkDecimals(rows, totals);
        return new ComputedTable(table, columns, List.copyOf(rows), total);
    }

    /** Printing fewer decimals than a figure has needs a stated rounding rule. */
    private void checkDecimals(List<ComputedTable.Row> rows, List<Table.Cell> totals) {
        Integer decimals = table.format().decimals();
        if (decimals == null || table.format().rounding() != null) {
            return;
        }
        List<List<Table.Cell>> all = new ArrayList<>();
        rows.forEach(r -> all.add(r.cells()));
        all.add(totals);
        for (List<Table.Cell> cells : all) {
            for (Table.Cell cell : cells) {
                if (cell.number() != null && cell.number().stripTrailingZeros().scale() > decimals) {
                    problems.error(table.position(), "the table '" + table.id() + "' prints " + decimals
                            + " decimal(s), but " + ConsistencyChecks.plain(cell.number()) + " has more, and no rounding rule is stated",
                            "add 'round: nearest' (or up, or down) to its 'format:'");
                    return;
                }
            }
        }
    }

    /** The row's cells with its derived columns and row total computed. */
    private List<Table.Cell> completeRow(List<Table.Cell> given) {
        List<Table.Cell> cells = new ArrayList<>(given);
        Figures inRow = new Figures();
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = table.columns().get(c);
            if (column.isNumber() && column.derive() == null) {
                BigDecimal v = cells.get(c).number();
                inRow.put(column.key(), v == null ? null : new Figure(v, unitOf(column)));
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = table.columns().get(c);
            if (column.derive() != null) {
                Optional<Figure> value = new Evaluator(inRow, true, once("column " + column.key())).evaluate(column.derive());
                cells.set(c, new Table.Cell(null, value.map(Figure::value).orElse(null)));
            }
        }
        if (table.rowTotal() != null) {
            List<BigDecimal> parts = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                Table.Column column = table.columns().get(c);
                if (column.isNumber() && column.derive() == null) {
                    parts.add(cells.get(c).number());
                }
            }
            cells.add(new Table.Cell(null, Sums.of(parts.stream())));
        }
        return cells;
    }

    /** The cells of the derived row {@code id}, computing the rows it needs first. */
    private List<Table.Cell> derivedRow(String id, Set<String> visiting) {
        if (named.containsKey(id)) {
            return named.get(id);
        }
        Table.DerivedRow row = derived.get(id);
        if (!visiting.add(id)) {
            List<String> circle = new ArrayList<>(visiting);
            circle = circle.subList(circle.indexOf(id), circle.size());
            problems.error(row.position(), "the derived rows " + String.join(" → ", circle) + " → " + id
                    + " refer to each other in a circle", "make one of them data, or compute it from other rows");
            List<Table.Cell> empty = new ArrayList<>();
            columns.forEach(c -> empty.add(Table.Cell.EMPTY));
            named.put(id, empty);
            return empty;
        }
        List<Table.Cell> cells = evaluate(row, visiting);
        named.put(id, labelled(cells, row.label()));
        visiting.remove(id);
        return named.get(id);
    }

    private List<Table.Cell> evaluate(Table.DerivedRow row, Set<String> visiting) {
        for (String reference : references(row)) {
            if (derived.containsKey(reference) && !named.containsKey(reference)) {
                derivedRow(reference, visiting);
            }
        }
        List<Table.Cell> cells = new ArrayList<>();
        Figure previous = null;
        boolean first = true;
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = table.columns().get(c);
            if (!column.isNumber() || column.derive() != null) {
                cells.add(Table.Cell.EMPTY);
                continue;
            }
            if (first && row.start() != null) {
                first = false;
                previous = new Figure(row.start(), unitOf(column));
                cells.add(new Table.Cell(null, row.start()));
                continue;
            }
            first = false;
            Figures forColumn = new Figures();
            forColumn.put("previous", previous);
            for (Map.Entry<String, List<Table.Cell>> entry : named.entrySet()) {
                BigDecimal v = entry.getValue().get(c).number();
                forColumn.put(entry.getKey(), v == null ? null : new Figure(v, unitOf(column)));
            }
            for (String id : derived.keySet()) {
                if (!forColumn.has(id)) {
                    forColumn.put(id, null);
                }
            }
            Optional<Figure> value = new Evaluator(forColumn, true, once("row " + row.label())).evaluate(row.formula());
            cells.add(new Table.Cell(null, value.map(Figure::value).orElse(null)));
            previous = value.orElse(null);
        }
        return completeRow(cells);
    }

    private static List<String> references(Table.DerivedRow row) {
        List<String> names = new ArrayList<>();
        collect(row.formula(), names);
        return names;
    }

    private static void collect(org.committeepapers.model.Expression e, List<String> out) {
        if (e instanceof org.committeepapers.model.Expression.Reference r) {
            out.add(r.name());
        } else if (e instanceof org.committeepapers.model.Expression.Negate n) {
            collect(n.operand(), out);
        } else if (e instanceof org.committeepapers.model.Expression.Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        }
    }

    /** Reports a wrong formula once, not once per row or column it is evaluated for. */
    private Problems once(String what) {
        return reported.add(what) ? problems : new Problems();
    }

    private List<Table.Cell> labelled(List<Table.Cell> cells, String label) {
        List<Table.Cell> out = new ArrayList<>(cells);
        int labelColumn = firstTextColumn();
        if (labelColumn >= 0 && label != null) {
            out.set(labelColumn, new Table.Cell(label, null));
        }
        return out;
    }

    private List<Table.Cell> sums(List<List<Table.Cell>> rows, String label) {
        List<Table.Cell> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            out.add(columns.get(c).isNumber()
                    ? new Table.Cell(null, Sums.of(rows.stream().map(cells -> cells.get(column).number())))
                    : Table.Cell.EMPTY);
        }
        return labelled(out, label);
    }

    private void name(String rowId, List<Table.Cell> cells, Figures figures) {
        for (int c = 0; c < columns.size(); c++) {
            Table.Column column = columns.get(c);
            if (column.isNumber()) {
                BigDecimal value = cells.get(c).number();
                Unit unit = countRows.contains(rowId) ? Unit.COUNT : unitOf(column);
                figures.put(table.id() + "." + rowId + "." + column.key(), value == null ? null : new Figure(value, unit));
            }
        }
    }

    private int firstTextColumn() {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).isNumber()) {
                return c;
            }
        }
        return -1;
    }

    private Unit unitOf(Table.Column column) {
        return column.type() == Table.ColumnType.COUNT ? Unit.COUNT : table.units();
    }
}
