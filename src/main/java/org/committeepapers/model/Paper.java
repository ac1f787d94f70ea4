package org.committeepapers.model;

import java.time.LocalDate;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * One appendix: a cover, an introduction, a summary table of its proposals, then the proposals in order.
 *
 * @param slug           the folder name, which is also the paper's web address
 * @param years          the financial years every finance table in this paper uses
 * @param summaryCaption caption of the summary table
 * @param council        the council named on the cover, when not the site's own (null otherwise)
 * @param summaryTotal   label of the summary's computed total row, or null for no total row
 * @param groupByCategory whether the summary groups proposals by category, with subtotals
 * @param notes          corrections and remarks printed at the end of the appendix
 * @param expectations   figures the author states as a check, e.g. the summary total
 * @param corrections    figures an earlier printed version got wrong, printed as correction notes
 * @param exempt         when not null, the whole paper is exempt information (left out of the public build)
 * @param exemptCases    cases that are exempt information, by slug
 */
public record Paper(String slug, SourcePosition position, String title, String council, String committeeId,
        LocalDate meetingDate, String appendixLabel, Text introduction, List<FinancialYear> years,
        String summaryCaption, String summaryTotal, boolean groupByCategory, List<Proposal> proposals,
        List<Text> notes, List<Expectation> expectations, List<Correction> corrections, Exempt exempt,
        java.util.Map<String, Exempt> exemptCases) {

    /** This paper with only {@code kept} of its cases, e.g. without the exempt ones in the public build. */
    public Paper withProposals(List<Proposal> kept) {
        return new Paper(slug, position, title, council, committeeId, meetingDate, appendixLabel, introduction, years,
                summaryCaption, summaryTotal, groupByCategory, List.copyOf(kept), notes, expectations, corrections, exempt,
                exemptCases);
    }
}
