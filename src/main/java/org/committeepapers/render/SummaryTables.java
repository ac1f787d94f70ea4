package org.committeepapers.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.model.Figure;

/**
 * Summary tables of business cases grouped by category: a heading row per category, a row per case, a
 * subtotal per category and a total. The figures arrive computed; this class only lays them out.
 */
final class SummaryTables {
    private SummaryTables() {
    }

    /** One case's row: {@code link} may be null; {@code where} fills the middle column (paper, section). */
    record Line(String title, String link, String where, String category, Figure amount) {
    }

    static Views.TableView byCategory(NumberFormatter numbers, String id, String caption, String whereHeading,
            List<Line> lines, Map<String, Figure> categoryTotals, String totalLabel, Figure total) {
        List<Views.RowView> rows = new ArrayList<>();
        for (Map.Entry<String, Figure> category : categoryTotals.entrySet()) {
            rows.add(new Views.RowView("heading", List.of(new Views.CellView(category.getKey(), false, true, false, null, 3))));
            for (Line line : lines) {
                if (line.category().equals(category.getKey())) {
                    rows.add(new Views.RowView("data", List.of(
                            new Views.CellView(line.title(), false, true, false, line.link(), 1),
                            new Views.CellView(line.where(), false, false, false, null, 1),
                            new Views.CellView(numbers.summaryCell(line.amount().value(), line.category()), true, false,
                                    false, null, 1))));
                }
            }
            rows.add(new Views.RowView("subtotal", List.of(
                    new Views.CellView("Total " + category.getKey().toLowerCase(Locale.UK), false, true, false, null, 2),
                    new Views.CellView(numbers.summaryCell(category.getValue().value(), category.getKey()), true, false,
                            false, null, 1))));
        }
        Views.RowView totalRow = new Views.RowView("total", List.of(
                new Views.CellView(totalLabel, false, true, false, null, 2),
                new Views.CellView(numbers.cell(total.value()), true, false, false, null, 1)));
        List<Views.HeaderCellView> header = List.of(new Views.HeaderCellView("Business case", 1, 1, false, "col"),
                new Views.HeaderCellView(whereHeading, 1, 1, false, "col"),
                new Views.HeaderCellView("Amount £000", 1, 1, true, "col"));
        return new Views.TableView(id, caption, List.of(header), rows, totalRow, false);
    }
}
