package org.committeepapers.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.compute.ComputedPaper;
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

    /**
     * A committee's cases, one table per paper (so per budget round), each by category with its own total;
     * nothing is added up across papers.
     */
    static List<Views.TableView> committee(NumberFormatter numbers, org.committeepapers.compute.ComputedCommittee committee,
            String root) {
        List<Views.TableView> tables = new ArrayList<>();
        for (org.committeepapers.compute.ComputedPaper paper : committee.papers()) {
            List<Line> lines = new ArrayList<>();
            String where = paper.paper().appendixLabel() + ": " + paper.paper().title();
            for (org.committeepapers.compute.ComputedProposal proposal : paper.proposals()) {
                lines.add(new Line(proposal.proposal().shortTitle(),
                        root + paper.paper().slug() + "/" + proposal.proposal().slug() + ".html", where,
                        proposal.proposal().category(), proposal.amount()));
            }
            tables.add(byCategory(numbers, "committee-summary-" + paper.paper().slug(),
                    where + " (meeting of " + SiteRenderer.longDate(paper.paper().meetingDate()) + "), by category",
                    "Paper", lines, paper.categoryTotals(), "Total of this paper", paper.summaryTotal())
                    .withNote(RoundingNotes.amounts(paper.proposals(), numbers)));
        }
        return tables;
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

    /**
     * A paper's summary of its cases. In the public build, an exempt case's line is replaced by the notice and
     * the totals are of the published cases only (say so in the total's label); with {@code restricted} (the
     * members' build) an exempt case's line is marked.
     */
    static Views.TableView ofPaper(NumberFormatter numbers, ComputedPaper computed, List<Views.ProposalView> proposals,
            String page, String restricted) {
        List<Views.RowView> rows = new ArrayList<>();
        List<String> groups = computed.paper().groupByCategory() ? List.copyOf(computed.categoryTotals().keySet())
                : java.util.Collections.singletonList(null);
        for (String group : groups) {
            if (group != null) {
                rows.add(new Views.RowView("heading", List.of(new Views.CellView(group, false, true, false, null, 3))));
            }
            for (int i = 0; i < proposals.size(); i++) {
                Views.ProposalView p = proposals.get(i);
                if (group != null && !group.equals(p.category())) {
                    continue;
                }
                var amount = computed.proposals().get(i).amount().value();
                var exempt = computed.paper().exemptCases().get(p.slug());
                String title = exempt == null || restricted.isEmpty() ? p.shortTitle()
                        : p.shortTitle() + " (" + restricted + ", paragraph " + exempt.paragraph() + ")";
                rows.add(new Views.RowView("data", List.of(
                        new Views.CellView(title, false, true, false, page + "#" + p.anchor(), 1),
                        new Views.CellView(p.category(), false, false, false, null, 1),
                        new Views.CellView(group == null ? numbers.cell(amount) : numbers.summaryCell(amount, group),
                                true, false, false, null, 1))));
            }
            if (group != null) {
                rows.add(new Views.RowView("subtotal", List.of(
                        new Views.CellView("Total " + group.toLowerCase(java.util.Locale.UK), false, true, false, null, 2),
                        new Views.CellView(numbers.summaryCell(computed.categoryTotals().get(group).value(), group),
                                true, false, false, null, 1))));
            }
        }
        List<org.committeepapers.model.Exempt> withheld = computed.paper().exemptCases().entrySet().stream()
                .filter(e -> proposals.stream().noneMatch(p -> p.slug().equals(e.getKey()))).map(Map.Entry::getValue)
                .toList();
        for (org.committeepapers.model.Exempt exempt : withheld) {
            rows.add(new Views.RowView("exempt", List.of(
                    new Views.CellView("A business case: " + exempt.notice(), false, true, false, null, 2),
                    new Views.CellView("", true, false, true, null, 1))));
        }
        String totalLabel = withheld.isEmpty() || computed.paper().summaryTotal() == null ? computed.paper().summaryTotal()
                : computed.paper().summaryTotal() + " of the published cases (" + (withheld.size() == 1 ? "the exempt case is"
                        : "the " + withheld.size() + " exempt cases are") + " not included)";
        Views.RowView total = computed.paper().summaryTotal() == null ? null : new Views.RowView("total", List.of(
                new Views.CellView(totalLabel, false, true, false, null, 2),
                new Views.CellView(numbers.cell(computed.summaryTotal().value()), true, false, false, null, 1)));
        List<Views.HeaderCellView> header = List.of(
                new Views.HeaderCellView("Business case", 1, 1, false, "col"),
                new Views.HeaderCellView("Category", 1, 1, false, "col"),
                new Views.HeaderCellView("Amount £000", 1, 1, true, "col"));
        return new Views.TableView("summary", computed.paper().summaryCaption(), List.of(header), rows, total, false)
                .withNote(RoundingNotes.amounts(computed.proposals(), numbers));
    }
}
