package org.committeepapers.model;

import java.time.LocalDate;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * One meeting of a committee and its agenda.
 *
 * @param slug        the folder name under {@code content/meetings/}, also the meeting's web address
 * @param time        the start time as written, e.g. "10:00am"
 * @param venue       where it meets; may be several lines
 * @param items       the agenda, numbered from 1 without gaps
 * @param minutes     the minutes of this meeting, or null before they are written
 * @param supplements supplementary agendas published after the main one, in order
 */
public record Meeting(String slug, SourcePosition position, String committeeId, LocalDate date, String time,
        Text venue, Text introduction, List<AgendaItem> items, Minutes minutes, List<Supplement> supplements) {

    /** This meeting with other items and supplements, e.g. once the references have been checked. */
    public Meeting with(List<AgendaItem> checkedItems, List<Supplement> checkedSupplements) {
        return new Meeting(slug, position, committeeId, date, time, venue, introduction, checkedItems, minutes,
                checkedSupplements);
    }

    /** Every agenda item: the main agenda's, then each supplement's. */
    public List<AgendaItem> allItems() {
        List<AgendaItem> all = new java.util.ArrayList<>(items);
        supplements.forEach(s -> all.addAll(s.items()));
        return all;
    }

    /** Every document the meeting publishes: each item's (supplements' too), then the minutes. */
    public List<Attachment> allDocuments() {
        List<Attachment> all = new java.util.ArrayList<>();
        allItems().forEach(i -> all.addAll(i.documents()));
        if (minutes != null) {
            all.add(minutes.document());
        }
        return all;
    }

    /**
     * The minutes: a document (Markdown or PDF), whether they are a draft or approved, and the meeting that
     * approved them (the folder name of a later meeting of the same committee).
     */
    public record Minutes(Attachment document, boolean approved, String approvedAt, SourcePosition approvedAtPosition) {
    }

    /**
     * A supplementary agenda: late items and updated reports, published on {@code date} with its own reports
     * pack. Its items either update an item of the agenda (same number) or continue its numbering.
     *
     * @param number 1 for the first supplement, and so on
     */
    public record Supplement(int number, SourcePosition position, LocalDate date, Text title, List<AgendaItem> items) {
    }
}
