package org.committeepapers.compute;

import java.util.List;
import org.committeepapers.model.Site;

/** The whole site with every figure computed and checked, by paper, by committee and by pack. */
public record ComputedSite(Site site, List<ComputedPaper> papers, List<ComputedCommittee> committees,
        List<ComputedMeeting> meetings, List<ComputedPack> packs) {

    /** Every recorded correction, paper by paper: the paper's own, then its cases'. */
    public List<CorrectionNote> corrections() {
        List<CorrectionNote> all = new java.util.ArrayList<>();
        for (ComputedPaper paper : papers) {
            all.addAll(paper.corrections());
            paper.proposals().forEach(p -> all.addAll(p.corrections()));
        }
        return all;
    }
}
