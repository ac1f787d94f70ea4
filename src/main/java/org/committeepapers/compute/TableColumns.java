package org.committeepapers.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/**
 * A table's columns as computed: each derived column typed by the units of its formula (or checked against
 * the type it declares), the order in which derived columns are computed (each after the derived columns it
 * uses), and the row-total column, which adds up the money columns (or, in a table of counts, the counts).
 */
final class TableColumns {
    final List<Table.Column> all;
    /** Indices of the derived columns, in the order they can be computed. */
    final List<Integer> derivedOrder = new ArrayList<>();
    /** The type the row-total column adds up, or null when there is none. */
    final Table.ColumnType rowTotalType;

    TableColumns(Table table, Figures proposal, Problems problems) {
        List<Table.Column> columns = new ArrayList<>(table.columns());
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, List<String>> needs = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            index.put(columns.get(c).key(), c);
            if (columns.get(c).derive() != null) {
                needs.put(columns.get(c).key(), UnitAlgebra.names(columns.get(c).derive()));
            }
        }
        DerivationOrder.Result order = DerivationOrder.of(needs, "columns",
                (id, message, hint) -> problems.error(table.position(), "in the table '" + table.id() + "', " + message, hint));
        for (String key : order.order()) {
            int c = index.get(key);
            Table.Column column = columns.get(c);
            Unit unit = UnitAlgebra.infer(column.derive(), name -> unitOf(name, columns, index, table, proposal));
            Table.ColumnType type = column.type();
            if (type == null) {
                type = unit == null ? Table.ColumnType.MONEY : Table.ColumnType.of(unit);
            } else if (unit != null && !type.holds(unit) && UnitAlgebra.names(column.derive()).stream()
                    .allMatch(name -> index.containsKey(name) || proposal.has(name))) {
                problems.error(column.derive().start(), "in the table '" + table.id() + "', the column '" + key + "' is declared "
                        + type.name().toLowerCase(java.util.Locale.ROOT) + ", but its formula gives figures in " + unit.word(),
                        "leave out its 'type:' to show what the formula gives, or correct the formula");
                type = Table.ColumnType.of(unit);
            }
            columns.set(c, column.withType(type));
            derivedOrder.add(c);
        }
        Set<String> failed = order.failed();
        for (String key : failed) {
            int c = index.get(key);
            if (columns.get(c).type() == null) {
                columns.set(c, columns.get(c).withType(Table.ColumnType.MONEY));
            }
        }
        if (table.rowTotal() != null) {
            boolean taken = columns.stream().anyMatch(c -> c.key().equals("total"));
            rowTotalType = columns.stream().anyMatch(c -> c.type() == Table.ColumnType.MONEY && c.derive() == null)
                    ? Table.ColumnType.MONEY : Table.ColumnType.COUNT;
            columns.add(new Table.Column(taken ? "row-total" : "total", table.rowTotal(), rowTotalType, null, null, null));
        } else {
            rowTotalType = null;
        }
        this.all = List.copyOf(columns);
    }

    /** A column's unit, or the unit of another table's figure named in full. */
    private static Unit unitOf(String name, List<Table.Column> columns, Map<String, Integer> index, Table table,
            Figures proposal) {
        Integer c = index.get(name);
        if (c != null) {
            Table.ColumnType type = columns.get(c).type();
            return type == null || !type.isNumber() ? null : type.unit(table.units());
        }
        return proposal.get(name).map(Figure::unit).orElse(null);
    }
}
