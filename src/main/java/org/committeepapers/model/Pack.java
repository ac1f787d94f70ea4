package org.committeepapers.model;

import java.time.LocalDate;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * A printed pack spanning committees, e.g. a budget round's "Business Cases": committees, each with
 * lettered sections of cases, printed as one PDF with page numbers running through it.
 *
 * @param slug       the file name under {@code content/packs/} without {@code .yaml}; its web address
 * @param item       the agenda item number the section letters hang from, e.g. 4 for sections 4a, 4b, …
 */
public record Pack(String slug, SourcePosition position, String title, LocalDate date, int item,
        Text introduction, List<PackCommittee> committees) {

    /** One committee's part of a pack. */
    public record PackCommittee(String committeeId, SourcePosition position, List<PackSection> sections) {
    }

    /**
     * A lettered section, e.g. "4a Savings": a cover, its own index, and its cases.
     *
     * @param letter the section letter as printed after the item number, e.g. "a"
     * @param exempt when not null, the section's cases are exempt information (left out of the public build)
     */
    public record PackSection(String letter, SourcePosition position, Text title, List<PackEntry> entries,
            Exempt exempt) {
    }

    /**
     * One case in a section: {@code proposal} of {@code paper}. A case listed in two sections is an error unless
     * every listing says {@code joint}: a proposal that belongs to both committees.
     */
    public record PackEntry(String paper, String proposal, boolean joint, SourcePosition position) {
    }
}
