package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeepapers.model.Expression;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/** Reads the {@code tables:} a proposal places in its narrative. */
final class TableReader {
    private static final List<String> TYPES = List.of("text", "money", "count");
    private static final Map<String, Unit> UNITS = Map.of("£000", Unit.THOUSANDS, "£", Unit.POUNDS);

    private TableReader() {
    }

    static Map<String, Table> read(Fields proposal) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Optional<YamlNode> node = proposal.node("tables");
        if (node.isEmpty()) {
            return tables;
        }
        Optional<Fields> all = Fields.of(node.get(), proposal.problems(), "'tables'");
        if (all.isEmpty()) {
            return tables;
        }
        for (YamlNode.Entry entry : all.get().mapping().entries().values()) {
            all.get().node(entry.key());
            Fields.of(entry.value(), proposal.problems(), "the table '" + entry.key() + "'")
                    .map(t -> table(entry.key(), t))
                    .ifPresent(t -> tables.put(t.id(), t));
        }
        return tables;
    }

    private static Table table(String id, Fields t) {
        Problems problems = t.problems();
        String caption = t.requiredText("caption", "A short description of the table");
        Unit units = Unit.THOUSANDS;
        Optional<YamlNode> unitNode = t.node("units");
        if (unitNode.isPresent()) {
            String text = t.text(unitNode.get(), "units");
            String chosen = text == null ? null : t.choice(unitNode.get(), text, "units", UNITS.keySet());
            units = chosen == null ? units : UNITS.get(chosen);
        }
        List<Table.Column> columns = t.mappings("columns", "a column", TableReader::column);
        if (columns.isEmpty() && t.node("columns").isEmpty()) {
            t.required("columns", "[ { key: item, label: Item }, { key: 2024-25, type: money } ]");
        }
        Set<String> keys = new HashSet<>();
        for (Table.Column column : columns) {
            if (!keys.add(column.key())) {
                problems.error(t.position(), "the table '" + id + "' has two columns with the key '" + column.key() + "'");
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        Set<String> rowIds = new HashSet<>();
        for (YamlNode item : t.list("rows")) {
            row(item, columns, problems).ifPresent(row -> {
                if (row instanceof Table.DataRow data && data.id() != null && !rowIds.add(data.id())) {
                    problems.error(row.position(), "two rows of the table '" + id + "' have the id '" + data.id() + "'");
                }
                rows.add(row);
            });
        }
        if (rows.isEmpty() && t.node("rows").isEmpty()) {
            t.required("rows", "[ [ First item, 100 ] ]");
        }
        String total = t.optionalText("total");
        if (total != null && columns.stream().noneMatch(Table.Column::isNumber)) {
            problems.error(t.position(), "the table '" + id + "' has a total row but no money or count column to add up",
                    "set 'type: money' or 'type: count' on the columns to total, or remove 'total'");
        }
        t.finish();
        return new Table(id, t.position(), caption, units, columns, rows, total);
    }

    private static Table.Column column(Fields c) {
        String key = c.requiredText("key", "item");
        String label = c.optionalText("label");
        String group = c.optionalText("group");
        String typeText = c.optionalText("type");
        String type = typeText == null ? "text" : c.choice(c.node("type").orElseThrow(), typeText, "type", TYPES);
        c.finish();
        if (key == null) {
            return null;
        }
        FinancialYear year = FinancialYear.parse(key).orElse(null);
        if (label == null && year == null) {
            label = key;
        }
        Table.ColumnType columnType = Table.ColumnType.valueOf((type == null ? "text" : type).toUpperCase(Locale.ROOT));
        return new Table.Column(key, label, columnType, group, year);
    }

    private static Optional<Table.Row> row(YamlNode item, List<Table.Column> columns, Problems problems) {
        if (item instanceof YamlNode.Sequence cells) {
            return cells(item, null, cells.items(), columns, problems);
        }
        Optional<Fields> maybe = Fields.of(item, problems, "a table row");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields row = maybe.get();
        Optional<YamlNode> derive = row.node("derive");
        if (derive.isPresent()) {
            String label = row.requiredText("label", "Variance");
            String formula = row.text(derive.get(), "derive");
            row.finish();
            if (formula == null) {
                return Optional.empty();
            }
            Optional<Expression> parsed = ExpressionParser.parse(formula, derive.get().position(), problems);
            return parsed.map(e -> new Table.DerivedRow(row.position(), label, e));
        }
        String id = row.optionalText("id");
        List<YamlNode> cells = row.list("cells");
        if (row.node("cells").isEmpty()) {
            row.required("cells", "[ First item, 100 ]");
        }
        row.finish();
        return cells(item, id, cells, columns, problems);
    }

    private static Optional<Table.Row> cells(YamlNode row, String id, List<YamlNode> items,
            List<Table.Column> columns, Problems problems) {
        if (items.size() != columns.size()) {
            problems.error(row.position(), "this row has " + items.size() + " cell(s) but the table has "
                    + columns.size() + " column(s)", "give one cell per column ("
                    + String.join(", ", columns.stream().map(Table.Column::key).toList())
                    + "); write null for an empty cell");
            return Optional.empty();
        }
        List<Table.Cell> cells = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode cell = items.get(i);
            Table.Column column = columns.get(i);
            boolean empty = Fields.isNull(cell) || cell instanceof YamlNode.Scalar s && s.text().strip().equals("-");
            if (empty) {
                cells.add(Table.Cell.EMPTY);
            } else if (column.isNumber()) {
                BigDecimal number = Numbers.parse(cell, column.key(), problems);
                cells.add(number == null ? Table.Cell.EMPTY : new Table.Cell(null, number));
            } else if (cell instanceof YamlNode.Scalar s) {
                cells.add(new Table.Cell(s.text().strip(), null));
            } else {
                problems.error(cell.position(), "a cell of the column '" + column.key() + "' must be text, but found "
                        + cell.describe());
                cells.add(Table.Cell.EMPTY);
            }
        }
        return Optional.of(new Table.DataRow(row.position(), id, cells));
    }
}
