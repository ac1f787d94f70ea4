package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.committeepapers.model.Expression;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Table;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.SourcePosition;

/**
 * Every figure of a paper as open data, one entry per figure, in the order the paper prints them: each case's
 * summary amount, finance table, other tables (typed cells, derived cells, subtotals, totals), headlines and
 * the figures its text quotes; then the paper's summary. Values are exact, as held, never rounded for print.
 */
public final class OpenFigures {
    private OpenFigures() {
    }

    /**
     * One figure. {@code proposal} is the case's file name ("" for the paper's own figures); {@code table} is a
     * table id, "finance", "summary", "headlines" or "text"; {@code row} and {@code column} name the cell;
     * {@code computed} is false for a figure typed in the source; {@code source} is where it is written or,
     * for a total, where the rows it adds up begin.
     */
    public record Entry(String proposal, String table, String row, String column, BigDecimal value, Unit unit,
            boolean computed, SourcePosition source) {
    }

    /** The figures of {@code paper}, in a fixed order. */
    public static List<Entry> of(ComputedPaper paper) {
        List<Entry> entries = new ArrayList<>();
        for (ComputedProposal p : paper.proposals()) {
            String slug = p.proposal().slug();
            SourcePosition amountAt = p.proposal().amount().figure().start();
            if (p.amountRounded()) {
                entries.add(new Entry(slug, "summary", "amount before rounding", "Amount", p.exactAmount().value(),
                        p.exactAmount().unit(), true, amountAt));
            }
            entries.add(new Entry(slug, "summary", "amount", "Amount", p.amount().value(), p.amount().unit(), true, amountAt));
            if (p.finance() != null) {
                table(slug, "finance", p.finance(), entries);
            }
            p.tables().forEach((id, table) -> table(slug, id, table, entries));
            for (Map.Entry<Headline, Figure> headline : p.headlines().entrySet()) {
                entries.add(new Entry(slug, "headlines", headline.getKey().label().literalText(), "",
                        headline.getValue().value(), unit(headline.getValue()), true, headline.getKey().position()));
            }
            text(slug, p.proseFigures(), entries);
        }
        SourcePosition paperAt = paper.paper().position();
        paper.categoryTotals().forEach((category, total) -> entries.add(new Entry("", "summary", category, "Amount",
                total.value(), unit(total), true, paperAt)));
        entries.add(new Entry("", "summary", "total", "Amount", paper.summaryTotal().value(), unit(paper.summaryTotal()),
                true, paperAt));
        text("", paper.textFigures(), entries);
        return entries;
    }

    private static void table(String slug, String id, ComputedTable table, List<Entry> entries) {
        List<ComputedTable.Row> rows = new ArrayList<>(table.rows());
        if (table.total() != null) {
            rows.add(table.total());
        }
        Unit money = table.table().units() == null ? Unit.THOUSANDS : table.table().units();
        int number = 0;
        for (ComputedTable.Row row : rows) {
            number++;
            if (row.kind() == ComputedTable.Kind.HEADING) {
                continue;
            }
            String name = rowName(row, table, number);
            boolean typed = row.kind() == ComputedTable.Kind.DATA;
            for (int c = 0; c < row.cells().size() && c < table.columns().size(); c++) {
                Table.Column column = table.columns().get(c);
                Table.Cell cell = row.cells().get(c);
                if (cell.number() == null || column.type() == null || !column.type().isNumber()) {
                    continue;
                }
                Unit unit = (row.type() != null ? row.type() : column.type()).unit(money);
                boolean derivedColumn = column.derive() != null || c == table.columns().size() - 1
                        && table.table().rowTotal() != null || id.equals("finance") && column.key().equals("total");
                entries.add(new Entry(slug, id, name, column.key(), cell.number(), unit, !typed || derivedColumn,
                        row.position()));
            }
        }
    }

    /** The row's label (its first text cell, in whichever column), else its kind and number: "row 3". */
    private static String rowName(ComputedTable.Row row, ComputedTable table, int number) {
        for (int c = 0; c < row.cells().size() && c < table.columns().size(); c++) {
            if (table.columns().get(c).type() != Table.ColumnType.TEXT) {
                continue;
            }
            Table.Cell first = row.cells().get(c);
            if (first.text() != null && !first.text().isBlank()) {
                return first.text().strip();
            }
            if (first.prose() != null) {
                return first.prose().literalText().strip();
            }
        }
        return switch (row.kind()) {
            case TOTAL -> "total";
            case SUBTOTAL -> "subtotal (row " + number + ")";
            default -> "row " + number;
        };
    }

    private static void text(String slug, Map<Narrative.FigureRef, Figure> figures, List<Entry> entries) {
        for (Map.Entry<Narrative.FigureRef, Figure> figure : figures.entrySet()) {
            Narrative.FigureRef ref = figure.getKey();
            entries.add(new Entry(slug, "text", source(ref.expression()),
                    ref.format() == null ? "" : ref.format().sourceName(), figure.getValue().value(),
                    unit(figure.getValue()), true, ref.position()));
        }
    }

    private static Unit unit(Figure figure) {
        return figure.unit() == null ? Unit.THOUSANDS : figure.unit();
    }

    /** The expression as an author would write it: {@code schemes.total.investment + finance.jtf.2023-24}. */
    static String source(Expression expression) {
        if (expression instanceof Expression.Number n) {
            return n.value().toPlainString();
        }
        if (expression instanceof Expression.Reference r) {
            return r.name();
        }
        if (expression instanceof Expression.Negate n) {
            return "-" + (n.operand() instanceof Expression.Binary ? "(" + source(n.operand()) + ")" : source(n.operand()));
        }
        Expression.Binary b = (Expression.Binary) expression;
        boolean product = b.operator() == '*' || b.operator() == '/';
        // Brackets only where the order of working needs them: a + b + c, (a + b) * c, a - (b + c).
        boolean left = product && isSum(b.left());
        boolean right = b.right() instanceof Expression.Binary r
                && (b.operator() == '/' || isSum(r) && (product || b.operator() == '-'));
        return (left ? "(" + source(b.left()) + ")" : source(b.left())) + " " + b.operator() + " "
                + (right ? "(" + source(b.right()) + ")" : source(b.right()));
    }

    private static boolean isSum(Expression e) {
        return e instanceof Expression.Binary b && (b.operator() == '+' || b.operator() == '-');
    }
}
