package org.committeepapers.print;

import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Table;
import org.committeepapers.problem.Problems;

/** What cannot be printed legibly is refused before printing, with the source to change. */
public final class PrintChecks {
    /** Columns that fit a landscape A4 page at a readable size; wider tables must be split by the author. */
    public static final int MAX_COLUMNS = 16;

    private PrintChecks() {
    }

    public static void check(ComputedPaper paper, Problems problems) {
        int financeColumns = paper.paper().years().size() + 2;
        if (financeColumns > MAX_COLUMNS) {
            problems.error(paper.paper().position(), "the paper has " + paper.paper().years().size()
                    + " years, so its finance tables would have " + financeColumns + " columns; at most " + MAX_COLUMNS
                    + " fit a printed page", "list at most " + (MAX_COLUMNS - 2) + " years in 'years:'");
        }
        for (ComputedProposal proposal : paper.proposals()) {
            for (Table table : proposal.proposal().tables().values()) {
                if (table.columns().size() > MAX_COLUMNS) {
                    problems.error(table.position(), "the table '" + table.id() + "' has " + table.columns().size()
                            + " columns; at most " + MAX_COLUMNS + " fit a printed page",
                            "split it into two tables, e.g. by years");
                }
            }
        }
    }
}
