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
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Rounding;
import org.committeepapers.model.Table;
import org.committeepapers.model.Text;
import org.committeepapers.model.Unit;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.names.Slugs;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.Excerpt;

/** Reads the {@code tables:} a proposal places in its narrative. */
final class TableReader {
    private static final List<String> TYPES = List.of("text", "money", "rate", "percentage", "count", "ratio", "rag");
    private static final List<String> RAG = List.of("Red", "Amber", "Green");
    /** In a fixed order: the schema's enum and the did-you-mean list are written from it (Map.of's order varies by run). */
    private static final Map<String, Unit> UNITS = orderedUnits();

    private static Map<String, Unit> orderedUnits() {
        Map<String, Unit> units = new java.util.LinkedHashMap<>();
        units.put("£000", Unit.THOUSANDS);
        units.put("£", Unit.POUNDS);
        return java.util.Collections.unmodifiableMap(units);
    }

    private TableReader() {
    }

    static Map<String, Table> read(Fields proposal, FigureRules rules) {
        Map<String, Table> tables = new LinkedHashMap<>();
        // Every format's tables are read here, so they share one shape, learnt from all of them.
        proposal.declareMapping("tables", "tables");
        Optional<YamlNode> node = proposal.node("tables");
        if (node.isEmpty()) {
            return tables;
        }
        Optional<Fields> all = proposal.nested(node.get(), "'tables'", "tables");
        if (all.isEmpty()) {
            return tables;
        }
        for (YamlNode.Entry entry : all.get().dataEntries("^[a-z0-9][a-z0-9-]*$")) {
            // A table's id is its anchor on the page (#cars), so it follows the rules of an address.
            Slugs.checkAddress(entry.key(), "a table", "", entry.keyPosition(), proposal.problems());
            all.get().nested(entry.value(), "the table '" + entry.key() + "'")
                    .map(t -> table(entry.key(), t, rules))
                    .ifPresent(t -> tables.put(t.id(), t));
        }
        return tables;
    }

    private static Table table(String id, Fields t, FigureRules rules) {
        Problems problems = t.problems();
        Text caption = t.requiredFigureText("caption", "A short description of the table");
        String chosenUnits = t.optionalChoice("units", UNITS.keySet());
        Unit units = chosenUnits == null ? Unit.THOUSANDS : UNITS.get(chosenUnits);
        int before = problems.errorCount();
        List<Table.Column> columns = t.mappings("columns", "a column", TableReader::column);
        if (columns.isEmpty() && t.node("columns").isEmpty()) {
            t.required("columns", "[ { key: item, label: Item }, { key: 2024-25, type: money } ]");
        }
        // Rows cannot be read against wrong columns: each would repeat the columns' error, so the table is left
        // out, and its figures with it (see Unloaded).
        boolean columnsRead = problems.errorCount() == before;
        if (!columnsRead) {
            problems.unloaded().table(id);
        }
        List<Table.Column> rowColumns = columnsRead ? columns : null;
        Set<String> keys = new HashSet<>();
        for (Table.Column column : columns) {
            if (!keys.add(column.key())) {
                problems.error(t.position(), "the table '" + id + "' has two columns with the key '" + column.key() + "'");
            }
        }
        Set<String> rowIds = new HashSet<>();
        List<Table.Group> groups = new ArrayList<>();
        if (t.node("groups").isPresent()) {
            for (YamlNode item : t.list("groups")) {
                t.nested(item, "a group of rows").ifPresent(g -> {
                    String label = g.requiredText("label", "Disabilities Care");
                    String subtotal = g.optionalText("subtotal");
                    String groupId = Optional.ofNullable(g.optionalText("id")).orElse(label == null ? "group" : Slugs.of(label));
                    List<Table.Row> rows = rows(g, rowColumns, rowIds, id, rules, problems);
                    g.finish();
                    groups.add(new Table.Group(g.position(), groupId, label, subtotal, rows));
                });
            }
            if (t.node("rows").isPresent()) {
                problems.error(t.position(), "the table '" + id + "' has both 'rows' and 'groups'",
                        "put every row inside a group, or drop 'groups'");
            }
        } else {
            groups.add(new Table.Group(t.position(), null, null, null, rows(t, rowColumns, rowIds, id, rules, problems)));
        }
        String total = t.optionalText("total");
        String rowTotal = t.optionalText("row_total");
        if (columnsRead && (total != null || rowTotal != null || groups.stream().anyMatch(g -> g.subtotal() != null))
                && columns.stream().noneMatch(c -> c.type().isTotalled() || c.derive() != null)) {
            problems.error(t.position(), "the table '" + id + "' has a total but no money or count column to add up",
                    "set 'type: money' or 'type: count' on the columns to total, or remove the total");
        }
        Table.TableFormat format = t.node("format").flatMap(n -> t.nested(n, "'format'"))
                .map(TableReader::format).orElse(Table.TableFormat.SITE);
        t.finish();
        return columnsRead ? new Table(id, t.position(), caption, units, columns, List.copyOf(groups), total, rowTotal, format)
                : null;
    }

    private static List<Table.Row> rows(Fields parent, List<Table.Column> columns, Set<String> rowIds, String tableId,
            FigureRules rules, Problems problems) {
        List<Table.Row> rows = new ArrayList<>();
        if (columns == null) {
            parent.node("rows");
            return rows; // the columns are wrong, and reported
        }
        for (YamlNode item : parent.list("rows")) {
            row(parent, item, columns, rules, problems).ifPresent(row -> {
                String rowId = row instanceof Table.DataRow d ? d.id() : ((Table.DerivedRow) row).id();
                if (rowId != null && !rowIds.add(rowId)) {
                    problems.error(row.position(), "two rows of the table '" + tableId + "' have the id '" + rowId + "'");
                }
                rows.add(row);
            });
        }
        if (rows.isEmpty() && parent.node("rows").isEmpty()) {
            parent.required("rows", "[ [ First item, 100 ] ]");
        }
        return rows;
    }

    private static Table.TableFormat format(Fields f) {
        Integer decimals = decimals(f);
        Rounding rounding = rounding(f);
        String prefix = Optional.ofNullable(f.optionalText("prefix")).orElse("");
        String nil = f.optionalText("nil");
        f.finish();
        return new Table.TableFormat(decimals, rounding, prefix, nil);
    }

    /** The optional {@code round:}, a stated rounding rule: nearest, up or down. */
    static Rounding rounding(Fields f) {
        String chosen = f.optionalChoice("round", Rounding.names());
        return chosen == null ? null : Rounding.parse(chosen).orElseThrow();
    }

    private static Table.Column column(Fields c) {
        String key = c.requiredText("key", "item");
        String label = c.optionalText("label");
        String group = c.optionalText("group");
        String type = c.optionalChoice("type", TYPES);
        Expression derive = Optional.ofNullable(c.optionalText("derive"))
                .flatMap(text -> ExpressionParser.parse(text, c.node("derive").orElseThrow().position(), c.problems()))
                .orElse(null);
        Integer decimals = decimals(c);
        c.finish();
        if (key == null) {
            return null;
        }
        FinancialYear year = FinancialYear.parse(key).orElse(null);
        if (label == null && year == null) {
            label = key;
        }
        // A derived column without a type is typed by its formula's units when the table is computed.
        Table.ColumnType columnType = type == null ? (derive != null ? null : Table.ColumnType.TEXT)
                : Table.ColumnType.valueOf(type.toUpperCase(Locale.ROOT));
        if (derive != null && columnType != null && !columnType.isNumber()) {
            c.problems().error(c.position(), "the column '" + key + "' is computed, so it holds figures, not " + type,
                    "leave out 'type:' (it is worked out from the formula), or choose money, rate, percentage, count or ratio");
            columnType = null;
        }
        return new Table.Column(key, label, columnType, group, year, derive, decimals);
    }

    /** The optional {@code decimals:} of a column or a table's format: a whole number from 0 to 6. */
    private static Integer decimals(Fields f) {
        f.declareWholeNumber("decimals", 0, 6);
        Optional<YamlNode> present = f.node("decimals");
        if (present.isEmpty()) {
            return null;
        }
        YamlNode node = present.get();
        BigDecimal value = f.number(node, "decimals");
        if (value != null && (value.scale() > 0 || value.signum() < 0 || value.intValue() > 6)) {
            f.problems().error(node.position(), "'decimals' must be a whole number from 0 to 6");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private static Optional<Table.Row> row(Fields parent, YamlNode item, List<Table.Column> columns, FigureRules rules,
            Problems problems) {
        if (item instanceof YamlNode.Sequence cells) {
            return cells(parent, item, null, parent.items(cells), columns, rules, problems);
        }
        Optional<Fields> maybe = parent.nested(item, "a table row");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields row = maybe.get();
        Optional<YamlNode> derive = row.node("derive");
        row.declare("derive", "text"); // its presence makes the row a derived one
        if (derive.isPresent()) {
            String label = row.requiredText("label", "Variance");
            String derivedId = Optional.ofNullable(row.optionalText("id")).orElse(label == null ? null : Slugs.of(label));
            String formula = row.text(derive.get(), "derive");
            BigDecimal start = row.optionalNumber("start");
            Table.ColumnType shown = Optional.ofNullable(row.optionalChoice("type",
                    List.of("money", "rate", "percentage", "count", "ratio")))
                    .map(t -> Table.ColumnType.valueOf(t.toUpperCase(Locale.ROOT))).orElse(null);
            row.finish();
            if (formula == null) {
                return Optional.empty();
            }
            Optional<Expression> parsed = ExpressionParser.parse(formula, derive.get().position(), problems);
            return parsed.map(e -> new Table.DerivedRow(row.position(), derivedId, label, e, start, shown));
        }
        String id = row.optionalText("id");
        boolean counts = row.optionalChoice("unit", List.of("count")) != null;
        List<YamlNode> cells = row.list("cells");
        if (row.node("cells").isEmpty()) {
            row.required("cells", "[ First item, 100 ]");
        }
        row.finish();
        return cells(row, item, id, cells, columns, rules, problems).map(r -> counts
                ? new Table.DataRow(r.position(), ((Table.DataRow) r).id(), ((Table.DataRow) r).cells(), true) : r);
    }

    /** A text cell; one with figure references keeps them for the compute stage. */
    private static Table.Cell textCell(YamlNode.Scalar scalar, Table.Column column, Problems problems) {
        Text text = FigureText.ofScalar(scalar, "a cell of the column '" + column.key() + "'", problems);
        return text.figures().isEmpty() ? new Table.Cell(text.literalText(), null) : new Table.Cell(null, null, text);
    }

    private static Optional<Table.Row> cells(Fields f, YamlNode row, String id, List<YamlNode> items,
            List<Table.Column> columns, FigureRules rules, Problems problems) {
        // A cell is any scalar: text, a figure, null or '-' for none, a RAG status or a not-costed word.
        items.stream().filter(YamlNode.Scalar.class::isInstance).forEach(cell -> f.recordRead(cell, "text"));
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
            } else if (column.derive() != null) {
                problems.error(cell.position(), "the column '" + column.key() + "' is computed, so its cells must be null",
                        "write null in this cell; the figure is derived from the other columns");
                cells.add(Table.Cell.EMPTY);
            } else if (column.type() == Table.ColumnType.RAG && cell instanceof YamlNode.Scalar s) {
                String rag = RAG.stream().filter(r -> r.equalsIgnoreCase(s.text().strip())).findFirst().orElse(null);
                if (rag == null) {
                    problems.error(cell.position(), "a RAG status must be Red, Amber or Green, but found '" + Excerpt.of(s.text()) + "'",
                            DidYouMean.hint(s.text().strip(), RAG));
                }
                cells.add(rag == null ? Table.Cell.EMPTY : new Table.Cell(rag, null));
            } else if (column.isNumber() && cell instanceof YamlNode.Scalar s
                    && rules.notCostedMarker(s.text()).isPresent()) {
                cells.add(new Table.Cell(rules.notCostedMarker(s.text()).get(), null));
                if (column.type().isTotalled()) {
                    NotCosted.warn(problems, cell.position(), rules.notCostedMarker(s.text()).get());
                }
            } else if (column.type() == Table.ColumnType.PERCENTAGE) {
                BigDecimal percent = Numbers.percentage(cell, column.key(), rules, problems);
                cells.add(percent == null ? Table.Cell.EMPTY : new Table.Cell(null, percent.movePointLeft(2)));
            } else if (column.type() == Table.ColumnType.COUNT && column.decimals() == null
                    && cell instanceof YamlNode.Scalar s
                    && Numbers.parse(cell, column.key(), new Problems()) != null
                    && new BigDecimal(s.text().strip().replace('\u2212', '-')).stripTrailingZeros().scale() > 0) {
                problems.error(cell.position(), "the column '" + column.key() + "' counts whole things, but found '"
                        + s.text() + "'", "write a whole number, or give the column 'decimals: 1' to count in parts");
                cells.add(Table.Cell.EMPTY);
            } else if (column.isNumber()) {
                BigDecimal number = Numbers.parse(cell, column.key(), rules, problems);
                cells.add(number == null ? Table.Cell.EMPTY : new Table.Cell(null, number));
            } else if (cell instanceof YamlNode.Scalar s) {
                cells.add(textCell(s, column, problems));
            } else {
                problems.error(cell.position(), "a cell of the column '" + column.key() + "' must be text, but found "
                        + cell.describe());
                cells.add(Table.Cell.EMPTY);
            }
        }
        return Optional.of(new Table.DataRow(row.position(), id, cells, false));
    }
}
