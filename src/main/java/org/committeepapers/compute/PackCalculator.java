package org.committeepapers.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Pack;

/**
 * Resolves packs and meetings against the computed papers and adds up the pack summaries. References were
 * checked when loading, so every name here resolves.
 */
final class PackCalculator {
    private final Map<String, ComputedPaper> papers;

    PackCalculator(Map<String, ComputedPaper> papers) {
        this.papers = papers;
    }

    ComputedPack pack(Pack pack) {
        Set<String> printed = new HashSet<>();
        List<ComputedPack.Committee> committees = new ArrayList<>();
        List<ComputedProposal> counted = new ArrayList<>();
        for (Pack.PackCommittee committee : pack.committees()) {
            List<ComputedPack.Section> sections = new ArrayList<>();
            for (Pack.PackSection section : committee.sections()) {
                List<ComputedPack.Case> cases = new ArrayList<>();
                for (Pack.PackEntry entry : section.entries()) {
                    ComputedPaper paper = papers.get(entry.paper());
                    ComputedProposal proposal = paper.proposals().stream()
                            .filter(p -> p.proposal().slug().equals(entry.proposal())).findFirst().orElseThrow();
                    boolean first = printed.add(entry.paper() + "/" + entry.proposal());
                    if (first) {
                        counted.add(proposal);
                    }
                    cases.add(new ComputedPack.Case(paper, proposal, entry.joint(), !first));
                }
                List<ComputedProposal> own = cases.stream().map(ComputedPack.Case::proposal).toList();
                sections.add(new ComputedPack.Section(pack.item() + section.letter(), section.title(), List.copyOf(cases),
                        SiteCalculator.categoryTotals(own), SiteCalculator.sum(own), section.exempt()));
            }
            committees.add(new ComputedPack.Committee(committee.committeeId(), List.copyOf(sections)));
        }
        return new ComputedPack(pack, List.copyOf(committees), SiteCalculator.categoryTotals(counted),
                SiteCalculator.sum(counted));
    }

    ComputedMeeting meeting(Meeting meeting) {
        return new ComputedMeeting(meeting, items(meeting.items()), meeting.supplements().stream()
                .map(s -> new ComputedMeeting.Supplement(s, items(s.items()))).toList());
    }

    private List<ComputedMeeting.Item> items(List<AgendaItem> agenda) {
        List<ComputedMeeting.Item> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            items.add(new ComputedMeeting.Item(item,
                    item.appendices().stream().map(a -> papers.get(a.paper())).toList(), List.of()));
        }
        return List.copyOf(items);
    }
}
