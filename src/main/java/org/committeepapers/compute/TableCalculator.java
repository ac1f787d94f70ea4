package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * order their formulas need, refusing circles and over-long chains), group subtotals and the totals row; and
 * names its figures. Only money and count columns are added up; a rate, percentage or ratio never is.
 */
final class TableCalculator {
    private final Table table;
    private final TableColumns columns;
    private final Figures proposal;
    private final Problems problems;
    /** Every data and derived row with an id, by id, as computed cells. */
    private final Map<String, List<Table.Cell>> named = new LinkedHashMap<>();
    /** Rows whose figures are not of their columns' kind: counts in a money table, a percentage row. */
    private final Map<String, Table.ColumnType> rowTypes = new HashMap<>();
    private final Map<String, Table.DerivedRow> derived = new LinkedHashMap<>();
    private final Set<String> reported = new HashSet<>();

    private TableCalculator(Table table, Figures proposal, Problems problems) {
        this.table = table;
        this.proposal = proposal;
        this.problems = problems;
        this.columns = new TableColumns(table, proposal, problems);
    }

    /**
     * Fills in {@code table} and adds its figures to {@code figures}: {@code <table>.<row id>.<column>} for rows
     * with an id (derived rows are named by their id or label), {@code <table>.<group>.<column>} for group
     * subtotals and {@code <table>.total.<column>} for the totals. Derived rows and columns may use the
     * figures already in {@code figures}, such as another table's cells.
     */
    static ComputedTable compute(Table table, Figures figures, Problems problems) {
        return new TableCalculator(table, figures, problems).compute(figures);
    }

    private ComputedTable compute(Figures figures) {
        for (Table.Group group : table.groups()) {
            for (Table.Row row : group.rows()) {
                if (row instanceof Table.DataRow data && data.id() != null) {
                    if (data.counts()) {
                        rowTypes.put(data.id(), Table.ColumnType.COUNT);
                    }
                    named.put(data.id(), completeRow(data.cells(), rowTypes.get(data.id())));
                } else if (row instanceof Table.DerivedRow d && d.id() != null) {
                    derived.put(d.id(), d);
                }
            }
        }
        computeDerivedRows();
        List<ComputedTable.Row> rows = new ArrayList<>();
        List<ComputedTable.Row> allData = new ArrayList<>();
        for (Table.Group group : table.groups()) {
            if (group.label() != null) {
                rows.add(new ComputedTable.Row(ComputedTable.Kind.HEADING, List.of(new Table.Cell(group.label(), null))));
            }
            List<ComputedTable.Row> groupData = new ArrayList<>();
            for (Table.Row row : group.rows()) {
                if (row instanceof Table.DataRow data) {
                    Table.ColumnType type = data.counts() ? Table.ColumnType.COUNT : null;
                    List<Table.Cell> cells = data.id() != null ? named.get(data.id()) : completeRow(data.cells(), type);
                    ComputedTable.Row computed = new ComputedTable.Row(ComputedTable.Kind.DATA, cells, type, data.position());
                    rows.add(computed);
                    groupData.add(computed);
                } else {
                    Table.DerivedRow d = (Table.DerivedRow) row;
                    List<Table.Cell> cells = d.id() != null ? named.get(d.id()) : evaluate(d);
                    rows.add(new ComputedTable.Row(ComputedTable.Kind.DERIVED, labelled(cells, d.label()),
                            d.id() != null ? rowTypes.get(d.id()) : d.type(), d.position()));
                }
            }
            allData.addAll(groupData);
            if (group.subtotal() != null) {
                List<Table.Cell> subtotal = sums(groupData, group.subtotal());
                rows.add(new ComputedTable.Row(ComputedTable.Kind.SUBTOTAL, subtotal, null, group.position()));
                name(group.id(), subtotal, figures);
            }
        }
        named.forEach((id, cells) -> name(id, cells, figures));
        List<Table.Cell> totals = sums(allData, table.totalLabel());
        name("total", totals, figures);
        ComputedTable.Row total = table.totalLabel() == null ? null : new ComputedTable.Row(ComputedTable.Kind.TOTAL, totals, null, table.position());
        checkDecimals(rows, totals);
        return new ComputedTable(table, columns.all, List.copyOf(rows), total, note(allData));
    }

    /** "Totals exclude 2 cells not yet costed", when a money or count column holds words such as TBC. */
    private String note(List<ComputedTable.Row> data) {
        if (table.totalLabel() == null && table.groups().stream().allMatch(g -> g.subtotal() == null)) {
            return null;
        }
        int excluded = 0;
        for (ComputedTable.Row row : data) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (columns.all.get(c).type().isTotalled() && row.cells().get(c).isNotCosted()) {
                    excluded++;
                }
            }
        }
        return excluded == 0 ? null : "Totals exclude " + excluded + (excluded == 1 ? " cell" : " cells") + " not yet costed.";
    }

    /** Printing fewer decimals than a money figure has needs a stated rounding rule. */
    private void checkDecimals(List<ComputedTable.Row> rows, List<Table.Cell> totals) {
        Integer decimals = table.format().decimals();
        if (decimals == null || table.format().rounding() != null) {
            return;
        }
        List<List<Table.Cell>> all = new ArrayList<>();
        rows.stream().filter(r -> r.type() == null || !r.type().unit(Unit.POUNDS).equals(Unit.RATIO))
                .forEach(r -> all.add(r.cells()));
        all.add(totals);
        for (List<Table.Cell> cells : all) {
            for (int c = 0; c < cells.size() && c < columns.all.size(); c++) {
                Table.Cell cell = cells.get(c);
                boolean ratio = columns.all.get(c).type().unit(Unit.POUNDS) == Unit.RATIO;
                if (!ratio && cell.number() != null && cell.number().stripTrailingZeros().scale() > decimals) {
                    problems.error(table.position(), "the table '" + table.id() + "' prints " + decimals
                            + " decimal(s), but " + ConsistencyChecks.plain(cell.number()) + " has more, and no rounding rule is stated",
                            "add 'round: nearest' (or up, or down) to its 'format:'");
                    return;
                }
            }
        }
    }

    /** The unit of a figure in column {@code c} of a row shown as {@code rowType} (null: the column's own). */
    private Unit unit(int c, Table.ColumnType rowType) {
        Table.ColumnType type = rowType != null ? rowType : columns.all.get(c).type();
        return type.unit(table.units());
    }

    /** The row's cells with its derived columns and row total computed. */
    private List<Table.Cell> completeRow(List<Table.Cell> given, Table.ColumnType rowType) {
        List<Table.Cell> cells = new ArrayList<>(given);
        Figures inRow = new Figures(proposal);
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = columns.all.get(c);
            if (column.isNumber() && column.derive() == null) {
                BigDecimal v = cells.get(c).number();
                inRow.put(column.key(), v == null ? null : new Figure(v, unit(c, rowType)));
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            if (columns.all.get(c).derive() != null) {
                inRow.put(columns.all.get(c).key(), null);
            }
        }
        for (int c : columns.derivedOrder) {
            Table.Column column = columns.all.get(c);
            Optional<Figure> value = new Evaluator(inRow, true, once("column " + column.key())).evaluate(column.derive());
            cells.set(c, new Table.Cell(null, value.map(Figure::value).orElse(null)));
            inRow.put(column.key(), value.orElse(null));
        }
        if (columns.rowTotalType != null) {
            List<BigDecimal> parts = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                Table.Column column = columns.all.get(c);
                // A row of counts in a money table adds up its counts: the row's own kind throughout.
                if (column.type() == columns.rowTotalType && column.derive() == null
                        && (rowType == null || rowType.isTotalled())) {
                    parts.add(cells.get(c).number());
                }
            }
            cells.add(new Table.Cell(null, Sums.of(parts.stream())));
        }
        return cells;
    }

    /** Computes every derived row with an id, each after the rows it uses, without recursion. */
    private void computeDerivedRows() {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        derived.forEach((id, row) -> needs.put(id, UnitAlgebra.names(row.formula())));
        DerivationOrder.Result order = DerivationOrder.of(needs, "rows",
                (id, message, hint) -> problems.error(derived.get(id).position(), message, hint));
        for (String id : order.order()) {
            Table.DerivedRow row = derived.get(id);
            named.put(id, labelled(evaluate(row), row.label()));
        }
        for (String id : order.failed()) {
            List<Table.Cell> empty = new ArrayList<>();
            columns.all.forEach(c -> empty.add(Table.Cell.EMPTY));
            named.put(id, labelled(empty, derived.get(id).label()));
        }
    }

    private List<Table.Cell> evaluate(Table.DerivedRow row) {
        List<String> uses = UnitAlgebra.names(row.formula());
        List<Table.Cell> cells = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Figure previous = null;
        boolean first = true;
        for (int c = 0; c < table.columns().size(); c++) {
            Table.Column column = columns.all.get(c);
            if (!column.isNumber() || column.derive() != null) {
                cells.add(Table.Cell.EMPTY);
                continue;
            }
            if (first && row.start() != null) {
                first = false;
                previous = new Figure(row.start(), unit(c, row.type()));
                cells.add(new Table.Cell(null, row.start()));
                continue;
            }
            first = false;
            Figures forColumn = new Figures(proposal);
            forColumn.put("previous", previous);
            // A name known nowhere is reported with a did-you-mean over every row of the table.
            boolean unknown = uses.stream().anyMatch(n -> !named.containsKey(n) && !derived.containsKey(n)
                    && !n.equals("previous") && !proposal.has(n));
            for (String name : unknown ? new ArrayList<>(named.keySet()) : uses) {
                if (named.containsKey(name)) {
                    BigDecimal v = named.get(name).get(c).number();
                    forColumn.put(name, v == null ? null : new Figure(v, unit(c, rowTypes.get(name))));
                } else if (derived.containsKey(name)) {
                    forColumn.put(name, null);
                }
            }
            Optional<Figure> value = new Evaluator(forColumn, true, once("row " + row.label())).evaluate(row.formula());
            cells.add(new Table.Cell(null, value.map(Figure::value).orElse(null)));
            value.map(Figure::unit).filter(u -> u != null).ifPresent(units::add);
            previous = value.orElse(null);
        }
        Table.ColumnType type = rowType(row, units);
        if (row.id() != null && type != null) {
            rowTypes.put(row.id(), type);
        }
        return completeRow(cells, type);
    }

    /**
     * How a derived row's figures are shown: as its columns' when its formula gives their kind of figure,
     * otherwise as what it gives (a ratio of two money rows is a ratio); a declared type must fit.
     */
    private Table.ColumnType rowType(Table.DerivedRow row, List<Unit> units) {
        if (units.isEmpty()) {
            return row.type();
        }
        Unit unit = units.get(0);
        if (row.type() != null) {
            if (!row.type().holds(unit) && reported.add("type of " + row.label())) {
                problems.error(row.position(), "the row '" + row.label() + "' is declared "
                        + row.type().name().toLowerCase(java.util.Locale.ROOT) + ", but its formula gives figures in "
                        + unit.word(), "leave out its 'type:' to show what the formula gives, or correct the formula");
            }
            return row.type();
        }
        boolean asColumns = true;
        for (Table.Column column : columns.all) {
            if (column.isNumber() && column.derive() == null && !column.type().holds(unit)) {
                asColumns = false;
            }
        }
        return asColumns ? null : Table.ColumnType.of(unit);
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

    /** Sums money and count columns over rows of their own kind; rates, percentages and ratios stay empty. */
    private List<Table.Cell> sums(List<ComputedTable.Row> rows, String label) {
        List<Table.Cell> out = new ArrayList<>();
        for (int c = 0; c < columns.all.size(); c++) {
            int column = c;
            Table.ColumnType type = columns.all.get(c).type();
            out.add(type.isTotalled()
                    ? new Table.Cell(null, Sums.of(rows.stream().filter(r -> r.type() == null || r.type() == type)
                            .map(r -> r.cells().get(column).number())))
                    : Table.Cell.EMPTY);
        }
        return labelled(out, label);
    }

    private void name(String rowId, List<Table.Cell> cells, Figures figures) {
        for (int c = 0; c < columns.all.size(); c++) {
            Table.Column column = columns.all.get(c);
            if (column.isNumber()) {
                BigDecimal value = cells.get(c).number();
                Table.ColumnType rowType = rowTypes.get(rowId);
                figures.put(table.id() + "." + rowId + "." + column.key(),
                        value == null ? null : new Figure(value, unit(c, rowType)));
            }
        }
    }

    private int firstTextColumn() {
        for (int c = 0; c < columns.all.size(); c++) {
            if (!columns.all.get(c).isNumber()) {
                return c;
            }
        }
        return -1;
    }
}
