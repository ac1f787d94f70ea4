package org.committeepapers.compute;

import java.util.List;
import org.committeepapers.model.Site;

/** The whole site with every figure computed and checked, by paper, by committee and by pack. */
public record ComputedSite(Site site, List<ComputedPaper> papers, List<ComputedCommittee> committees,
        List<ComputedMeeting> meetings, List<ComputedPack> packs) {
}
