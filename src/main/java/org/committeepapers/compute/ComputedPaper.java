package org.committeepapers.compute;

import java.util.List;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Paper;

/** A paper with its proposals computed and its summary table added up. */
public record ComputedPaper(Paper paper, List<ComputedProposal> proposals, Figure summaryTotal) {
}
