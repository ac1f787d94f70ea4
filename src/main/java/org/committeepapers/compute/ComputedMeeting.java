package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Exempt;
import org.committeepapers.model.Meeting;

/**
 * A meeting with each agenda item's appendices resolved to their computed papers, and its supplementary agendas
 * alike, with the figures written in its texts (venue, introduction, titles, decisions, Markdown documents and
 * minutes). In the public build, what is exempt has been taken out and each item lists what was withheld.
 */
public record ComputedMeeting(Meeting meeting, List<Item> items, List<Supplement> supplements,
        Map<Narrative.FigureRef, Figure> textFigures) {

    /**
     * An item; {@code withheld} has a notice for each exempt part taken out of it (public build only).
     */
    public record Item(AgendaItem item, List<ComputedPaper> appendices, List<Withheld> withheld) {
    }

    /** A supplementary agenda and its items. */
    public record Supplement(Meeting.Supplement supplement, List<Item> items) {
    }

    /**
     * Something exempt that the public build leaves out: {@code label} says what it was without saying anything
     * it holds (e.g. "Appendix 3", "An appendix", "The report and appendices"), {@code exempt} gives the notice.
     */
    public record Withheld(String label, Exempt exempt) {
    }
}
