package org.committeepapers.compute;

import java.util.List;
import java.util.Map;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Meeting;

/** A meeting with each agenda item's appendices resolved to their computed papers. */
public record ComputedMeeting(Meeting meeting, List<Item> items, Map<Narrative.FigureRef, Figure> textFigures) {

    public record Item(AgendaItem item, List<ComputedPaper> appendices) {
    }
}
