package org.committeepapers.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Committee;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Pack;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Proposal;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;

/**
 * Checks what meetings and packs point at, once every file is read: committees in site.yaml, papers under
 * papers/, cases within their papers. Each broken reference is reported at the line that makes it, with the
 * nearest real name; what is returned keeps only references that resolve, so later stages need not check.
 *
 * <p>In a pack, a paper listed whole is expanded to its cases. A case may be listed a second time only under
 * another committee and marked {@code joint: true}; anything else is an accidental duplicate.
 */
final class CrossReferences {
    private final List<String> committees;
    private final Map<String, Paper> papers = new LinkedHashMap<>();
    private final Problems problems;
    /** Papers marked {@code draft: true} and left out of this build. */
    private final java.util.Set<String> drafts;

    CrossReferences(List<Committee> committees, List<Paper> papers, Problems problems) {
        this(committees, papers, java.util.Set.of(), problems);
    }

    CrossReferences(List<Committee> committees, List<Paper> papers, java.util.Set<String> drafts, Problems problems) {
        this.committees = committees.stream().map(Committee::id).toList();
        papers.forEach(p -> this.papers.put(p.slug(), p));
        this.drafts = drafts;
        this.problems = problems;
    }

    /** A reference to a draft left out of the build: an error saying so, rather than "no such paper". */
    private boolean draft(SourcePosition at, String slug) {
        if (drafts.contains(slug)) {
            problems.error(at, "the paper '" + slug + "' is a draft (draft: true in its paper.yaml), so it is left "
                    + "out of builds", "remove 'draft: true' to publish it, or take it off here until it is ready");
        }
        return drafts.contains(slug);
    }

    List<Meeting> meetings(List<Meeting> meetings) {
        Map<String, Meeting> bySlug = new LinkedHashMap<>();
        meetings.forEach(m -> bySlug.put(m.slug(), m));
        List<Meeting> out = new ArrayList<>();
        for (Meeting meeting : meetings) {
            Map<String, SourcePosition> appended = new HashMap<>();
            List<AgendaItem> items = new ArrayList<>();
            for (AgendaItem item : meeting.items()) {
                items.add(item.withAppendices(appendices(meeting, item, appended)));
            }
            List<Meeting.Supplement> supplements = new ArrayList<>();
            for (Meeting.Supplement supplement : meeting.supplements()) {
                List<AgendaItem> late = new ArrayList<>();
                for (AgendaItem item : supplement.items()) {
                    late.add(item.withAppendices(appendices(meeting, item, appended)));
                }
                supplements.add(new Meeting.Supplement(supplement.number(), supplement.position(), supplement.date(),
                        supplement.title(), List.copyOf(late)));
            }
            checkApproval(meeting, bySlug);
            if (committee(meeting.committeeId())) {
                out.add(meeting.with(List.copyOf(items), List.copyOf(supplements)));
            }
        }
        return List.copyOf(out);
    }

    /** Minutes are approved at a later meeting of the same committee, named by its folder. */
    private void checkApproval(Meeting meeting, Map<String, Meeting> meetings) {
        Meeting.Minutes minutes = meeting.minutes();
        if (minutes == null || minutes.approvedAt() == null) {
            return;
        }
        Meeting at = meetings.get(minutes.approvedAt());
        if (at == null) {
            problems.error(minutes.approvedAtPosition(), "the minutes say they were approved at the meeting '"
                    + minutes.approvedAt() + "', but there is no such folder in meetings/",
                    DidYouMean.hint(minutes.approvedAt(), meetings.keySet()));
        } else if (!at.committeeId().equals(meeting.committeeId()) || !at.date().isAfter(meeting.date())) {
            problems.error(minutes.approvedAtPosition(), "minutes are approved at a later meeting of the same "
                    + "committee, but '" + at.slug() + "' is the " + at.committeeId() + " meeting of " + at.date(),
                    "name the next meeting of the " + meeting.committeeId() + " committee after " + meeting.date());
        }
    }

    /** The item's appendices that name a paper not already appended to this meeting ({@code appended}). */
    private List<AgendaItem.Appendix> appendices(Meeting meeting, AgendaItem item, Map<String, SourcePosition> appended) {
        List<AgendaItem.Appendix> appendices = new ArrayList<>();
        for (AgendaItem.Appendix appendix : item.appendices()) {
            String slug = appendix.paper();
            Paper paper = papers.get(slug);
            if (paper == null && draft(appendix.position(), slug)) {
                continue;
            }
            if (paper == null && problems.unloaded().isPaper(slug)) {
                continue; // its own error is reported; the appendix is left out
            }
            if (paper == null) {
                problems.error(appendix.position(), "item " + item.number() + " appends the paper '" + slug
                        + "', but there is no such folder in papers/", DidYouMean.hint(slug, papers.keySet()));
                continue;
            }
            SourcePosition earlier = appended.putIfAbsent(slug, appendix.position());
            if (earlier != null) {
                problems.error(appendix.position(), "the paper '" + slug + "' is already appended on line "
                        + earlier.line(), "append each paper once in a meeting");
                continue;
            }
            if (meeting.date() != null && !meeting.date().equals(paper.meetingDate())) {
                problems.warning(appendix.position(), "the paper '" + slug + "' gives its meeting_date as "
                        + paper.meetingDate() + ", but it is appended to the meeting of " + meeting.date(),
                        "correct meeting_date in its paper.yaml, or append it to the meeting it was written for");
            }
            appendices.add(appendix);
        }
        return List.copyOf(appendices);
    }

    List<Pack> packs(List<Pack> packs) {
        List<Pack> out = new ArrayList<>();
        for (Pack pack : packs) {
            out.add(pack(pack));
        }
        return List.copyOf(out);
    }

    private Pack pack(Pack pack) {
        Map<String, SourcePosition> letters = new HashMap<>();
        Map<String, SourcePosition> committeesSeen = new HashMap<>();
        Map<String, Listing> listed = new HashMap<>();
        List<Pack.PackCommittee> committeesOut = new ArrayList<>();
        for (Pack.PackCommittee committee : pack.committees()) {
            if (committee.committeeId() == null) {
                continue; // its missing 'committee:' is reported; its sections cannot be placed
            }
            boolean known = committee(committee.committeeId());
            SourcePosition twice = committeesSeen.putIfAbsent(String.valueOf(committee.committeeId()), committee.position());
            if (twice != null) {
                problems.error(committee.position(), "the committee '" + committee.committeeId()
                        + "' is already in this pack, on line " + twice.line(),
                        "put all of a committee's sections under its one entry");
            }
            List<Pack.PackSection> sections = new ArrayList<>();
            for (Pack.PackSection section : committee.sections()) {
                SourcePosition earlier = letters.putIfAbsent(section.letter(), section.position());
                if (earlier != null) {
                    problems.error(section.position(), "section " + pack.item() + section.letter()
                            + " is already used on line " + earlier.line(), "give each section its own letter");
                }
                List<Pack.PackEntry> entries = new ArrayList<>();
                for (Pack.PackEntry entry : section.entries()) {
                    for (Pack.PackEntry one : expand(entry)) {
                        String label = pack.item() + section.letter();
                        if (allowed(one, committee.committeeId(), label, listed)) {
                            entries.add(one);
                        }
                    }
                }
                sections.add(new Pack.PackSection(section.letter(), section.position(), section.title(), List.copyOf(entries),
                        section.exempt()));
            }
            if (known && twice == null) {
                committeesOut.add(new Pack.PackCommittee(committee.committeeId(), committee.position(), List.copyOf(sections)));
            }
        }
        return new Pack(pack.slug(), pack.position(), pack.title(), pack.date(), pack.item(), pack.introduction(),
                List.copyOf(committeesOut));
    }

    private record Listing(String committee, String section, SourcePosition position) {
    }

    /** Records the listing of a case; false, with the error reported, when it is an accidental duplicate. */
    private boolean allowed(Pack.PackEntry entry, String committee, String section, Map<String, Listing> listed) {
        String key = entry.paper() + "/" + entry.proposal();
        Listing first = listed.get(key);
        if (first == null) {
            listed.put(key, new Listing(committee, section, entry.position()));
            return true;
        }
        String where = "section " + first.section() + " (line " + first.position().line() + ")";
        if (first.committee().equals(committee)) {
            problems.error(entry.position(), "the case " + key + " is already listed for this committee, in " + where,
                    "list each case once per committee");
            return false;
        }
        if (!entry.joint()) {
            problems.error(entry.position(), "the case " + key + " is already listed under the committee '"
                    + first.committee() + "', in " + where, "if it is a joint proposal of both committees, write "
                    + "it as '- { case: " + key + ", joint: true }'; otherwise remove this listing");
            return false;
        }
        return true;
    }

    /** A whole paper becomes its cases, in order; a single case is checked to exist. */
    private List<Pack.PackEntry> expand(Pack.PackEntry entry) {
        Paper paper = papers.get(entry.paper());
        if (paper == null && draft(entry.position(), entry.paper())) {
            return List.of();
        }
        if (paper == null && problems.unloaded().isPaper(entry.paper())) {
            return List.of(); // its own error is reported
        }
        if (paper == null) {
            problems.error(entry.position(), "there is no paper '" + entry.paper() + "' in papers/",
                    DidYouMean.hint(entry.paper(), papers.keySet()));
            return List.of();
        }
        List<String> cases = paper.proposals().stream().map(Proposal::slug).toList();
        if (entry.proposal() == null) {
            return cases.stream().map(c -> new Pack.PackEntry(paper.slug(), c, entry.joint(), entry.position())).toList();
        }
        if (!cases.contains(entry.proposal()) && problems.unloaded().isProposal(paper.slug(), entry.proposal())) {
            return List.of(); // the case's own error is reported
        }
        if (!cases.contains(entry.proposal())) {
            problems.error(entry.position(), "the paper '" + paper.slug() + "' has no case '" + entry.proposal() + "'",
                    DidYouMean.hint(entry.proposal(), cases));
            return List.of();
        }
        return List.of(entry);
    }

    private boolean committee(String id) {
        return id != null && committees.contains(id);
    }

    /** Reports, at its value, a {@code committee:} that site.yaml does not define. */
    static void checkCommittee(Fields f, String id, List<String> committees) {
        if (id != null && committees != null && !committees.contains(id) && !f.problems().unloaded().isCommittee(id)) {
            f.problems().error(f.node("committee").orElseThrow().position(), "there is no committee '" + id
                    + "' in site.yaml", DidYouMean.hint(id, committees));
        }
    }
}
