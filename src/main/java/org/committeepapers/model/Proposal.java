package org.committeepapers.model;

import java.util.List;
import java.util.Map;
import org.committeepapers.problem.SourceFile;

/**
 * One business case, from one Markdown file with YAML front matter.
 *
 * @param slug          the file name without {@code .md}; also its web address within the paper
 * @param title         the heading printed above the case
 * @param shortTitle    the title in the summary table and contents
 * @param proposalTitle the "Proposal Title (Business Plan Description)" field
 * @param amount        how the summary "Amount £000" is computed (default {@code finance.total})
 * @param tables        tables placed in the narrative, by id, in the order declared
 */
public record Proposal(String slug, SourceFile file, String title, String shortTitle, String proposalTitle,
        String category, Ambitions ambitions, String directorate, String service, String type,
        String recurrence, List<BpReference> bpReferences, DateOrText date, String version, String eqia,
        DateOrText startDate, String capitalLink, Expression amount, List<Expectation> expectations,
        List<FinanceLine> finance, Map<String, Table> tables, List<Benefit> benefits, Impacts impacts,
        Narrative narrative) {

    public static final List<String> CATEGORIES = List.of("Investment", "Invest to save", "Savings", "Income");
    public static final List<String> EQIA_ANSWERS = List.of("Yes", "No", "Not applicable");
}
