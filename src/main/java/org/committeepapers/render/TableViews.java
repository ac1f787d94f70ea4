package org.committeepapers.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.compute.ComputedTable;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FormatPolicy;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Table;

/** Turns computed tables into {@link Views.TableView}s: header rows with spans, formatted cells. */
final class TableViews {
    private final NumberFormatter numbers;
    private final FormatPolicy policy;
    private final TextPrinter texts;

    TableViews(NumberFormatter numbers, FormatPolicy policy) {
        this.numbers = numbers;
        this.policy = policy;
        this.texts = new TextPrinter(numbers);
    }

    /** @param figures the figures written in the table's caption and text cells, as computed */
    Views.TableView view(ComputedTable computed, String id, Map<Narrative.FigureRef, Figure> figures) {
        Table table = computed.table();
        List<Table.Column> columns = computed.columns();
        List<Views.RowView> rows = new ArrayList<>();
        for (ComputedTable.Row row : computed.rows()) {
            rows.add(row(row, table, columns, figures));
        }
        Views.RowView total = computed.total() == null ? null : row(computed.total(), table, columns, figures);
        return new Views.TableView(id, caption(table, texts.print(table.caption(), figures)), headerRows(columns), rows,
                total, columns.size() > Views.TableView.PORTRAIT_COLUMNS, computed.note());
    }

    /** The caption, with the money unit added when the caption does not already say it. */
    private static String caption(Table table, String caption) {
        boolean money = table.columns().stream().anyMatch(c -> c.type() == Table.ColumnType.MONEY);
        return money && !caption.contains("£") ? caption + " (" + table.units().word() + ")" : caption;
    }

    String label(Table.Column column) {
        return column.year() != null && column.label() == null ? column.year().label(policy.years()) : column.label();
    }

    /**
     * One header row, or two when some columns share a group heading: grouped columns get the group on the
     * first row (spanning them) and their own label below; ungrouped columns span both rows.
     */
    private List<List<Views.HeaderCellView>> headerRows(List<Table.Column> columns) {
        boolean grouped = columns.stream().anyMatch(c -> c.group() != null);
        List<Views.HeaderCellView> first = new ArrayList<>();
        List<Views.HeaderCellView> second = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Table.Column column = columns.get(i);
            if (!grouped || column.group() == null) {
                first.add(new Views.HeaderCellView(label(column), 1, grouped ? 2 : 1, column.isNumber(), "col"));
                continue;
            }
            int span = 1;
            while (i + span < columns.size() && column.group().equals(columns.get(i + span).group())) {
                span++;
            }
            first.add(new Views.HeaderCellView(column.group(), span, 1, true, "colgroup"));
            for (int j = i; j < i + span; j++) {
                second.add(new Views.HeaderCellView(label(columns.get(j)), 1, 1, columns.get(j).isNumber(), "col"));
            }
            i += span - 1;
        }
        return grouped ? List.of(first, second) : List.of(first);
    }

    /** The first text column names each row (and holds the total's label); failing that, the first column. */
    private static int rowHeaderColumn(List<Table.Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).isNumber()) {
                return c;
            }
        }
        return 0;
    }

    /**
     * A figure as its type shows it: money in the table's format (with its prefix), money each always with
     * its £, counts as written and without a £, percentages and ratios to the column's decimals.
     */
    private String figure(java.math.BigDecimal value, Table.ColumnType type, Table.Column column, Table.TableFormat format) {
        String nil = format.nil() != null ? format.nil() : policy.nil();
        return switch (type) {
            case RATE -> numbers.cell(value, new Table.TableFormat(format.decimals(), format.rounding(),
                    format.prefix().isEmpty() ? "£" : format.prefix(), format.nil()));
            case COUNT -> numbers.cell(value == null || value.scale() <= 0 ? value : stripped(value),
                    new Table.TableFormat(null, null, "", format.nil()));
            case PERCENTAGE -> value == null ? nil : numbers.percentage(value, column.decimals());
            case RATIO -> value == null ? nil : numbers.ratio(value, column.decimals());
            default -> numbers.cell(value, format);
        };
    }

    /** 2001.0 → 2001: a count shows the decimals it needs, no more. */
    private static java.math.BigDecimal stripped(java.math.BigDecimal value) {
        java.math.BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private Views.RowView row(ComputedTable.Row row, Table table, List<Table.Column> columns,
            Map<Narrative.FigureRef, Figure> figures) {
        String kind = row.kind().name().toLowerCase(Locale.ROOT);
        if (row.kind() == ComputedTable.Kind.HEADING) {
            String text = row.cells().get(0).text();
            return new Views.RowView(kind, List.of(new Views.CellView(text, false, true, false, null, columns.size())));
        }
        List<Views.CellView> cells = new ArrayList<>();
        int headerColumn = rowHeaderColumn(columns);
        for (int c = 0; c < columns.size(); c++) {
            Table.Column column = columns.get(c);
            Table.Cell cell = row.cells().get(c);
            boolean rowHeader = c == headerColumn;
            if (column.isNumber()) {
                Table.ColumnType type = row.type() != null ? row.type() : column.type();
                boolean summed = row.kind() == ComputedTable.Kind.TOTAL || row.kind() == ComputedTable.Kind.SUBTOTAL;
                if (summed && !type.isTotalled()) {
                    // A rate, percentage or ratio is never added up: its total cell is left blank.
                    cells.add(new Views.CellView("", true, rowHeader, false, null, 1));
                    continue;
                }
                boolean nil = cell.number() == null && !cell.isNotCosted();
                String text = cell.isNotCosted() ? cell.text() : figure(cell.number(), type, column, table.format());
                cells.add(new Views.CellView(text, true, rowHeader, nil, null, 1));
            } else {
                String text = cell.prose() != null ? texts.print(cell.prose(), figures)
                        : cell.text() == null ? "" : cell.text();
                cells.add(new Views.CellView(text, false, rowHeader, false, null, 1));
            }
        }
        return new Views.RowView(kind, cells);
    }
}
