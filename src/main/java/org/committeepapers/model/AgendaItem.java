package org.committeepapers.model;

import java.util.List;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * One numbered item of an agenda. An item may carry a report (Markdown, read from the meeting's folder)
 * and appendices (papers, by slug).
 *
 * @param report       the report's Markdown, or null when the item has none
 * @param reportFile   where the report was read from, or null
 * @param appendices   papers appended to the item, in order, each named by its folder under content/papers/
 */
public record AgendaItem(int number, SourcePosition position, Text title, Text report, SourceFile reportFile,
        List<Appendix> appendices) {

    /** A paper appended to an item, and where the agenda names it. */
    public record Appendix(String paper, SourcePosition position) {
    }
}
