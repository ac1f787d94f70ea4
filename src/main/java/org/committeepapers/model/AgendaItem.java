package org.committeepapers.model;

import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * One numbered item of an agenda. An item may carry documents (reports and appendices as Markdown, PDF or other
 * files from the meeting's folder), appendices that are papers (by slug), and, after the meeting, its decision.
 *
 * @param documents  the item's report and other documents, in the order written ({@code report:} first)
 * @param appendices papers appended to the item, in order, each named by its folder under content/papers/
 * @param decision   the decision taken, as Markdown, or null
 * @param exempt     when not null, everything but the item's number and title is exempt information
 */
public record AgendaItem(int number, SourcePosition position, Text title, List<Attachment> documents,
        List<Appendix> appendices, Text decision, Exempt exempt) {

    /** A paper appended to an item, and where the agenda names it. */
    public record Appendix(String paper, SourcePosition position) {
    }

    /** This item with other appendices, e.g. once the references have been checked. */
    public AgendaItem withAppendices(List<Appendix> checked) {
        return new AgendaItem(number, position, title, documents, checked, decision, exempt);
    }
}
