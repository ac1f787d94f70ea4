package org.committeepapers.model;

import java.time.LocalDate;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * One meeting of a committee and its agenda.
 *
 * @param slug   the folder name under {@code content/meetings/}, also the meeting's web address
 * @param time   the start time as written, e.g. "10:00am"
 * @param venue  where it meets; may be several lines
 * @param items  the agenda, numbered from 1 without gaps
 */
public record Meeting(String slug, SourcePosition position, String committeeId, LocalDate date, String time,
        Text venue, Text introduction, List<AgendaItem> items) {
}
