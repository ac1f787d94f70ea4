package org.committeepapers.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.committeepapers.names.Slugs;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.Figure;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Text;
import org.committeepapers.problem.Problems;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Pack;

/**
 * Resolves packs and meetings against the computed papers and adds up the pack summaries. References were
 * checked when loading, so every name here resolves.
 */
final class PackCalculator {
    private final Map<String, ComputedPaper> papers;
    private final FigureRules rules;
    private final Problems problems;

    PackCalculator(Map<String, ComputedPaper> papers, FigureRules rules, Problems problems) {
        this.papers = papers;
        this.rules = rules;
        this.problems = problems;
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
                        SiteCalculator.categoryTotals(own, rules), SiteCalculator.sum(own)));
            }
            committees.add(new ComputedPack.Committee(committee.committeeId(), List.copyOf(sections)));
        }
        Figures figures = new Figures();
        summary(figures, "summary.", SiteCalculator.categoryTotals(counted, rules), SiteCalculator.sum(counted));
        committees.forEach(c -> c.sections().forEach(s -> summary(figures, "sections." + s.label() + ".",
                s.categoryTotals(), s.total())));
        List<Text> texts = new ArrayList<>();
        texts.add(pack.introduction());
        pack.committees().forEach(c -> c.sections().forEach(s -> texts.add(s.title())));
        Map<Narrative.FigureRef, Figure> resolved = new LinkedHashMap<>();
        TextFigures.resolve(texts, figures, resolved, problems);
        return new ComputedPack(pack, List.copyOf(committees), SiteCalculator.categoryTotals(counted, rules),
                SiteCalculator.sum(counted), resolved);
    }

    ComputedMeeting meeting(Meeting meeting) {
        List<ComputedMeeting.Item> items = new ArrayList<>();
        for (AgendaItem item : meeting.items()) {
            items.add(new ComputedMeeting.Item(item,
                    item.appendices().stream().map(a -> papers.get(a.paper())).toList()));
        }
        Figures figures = new Figures();
        items.forEach(item -> item.appendices().forEach(paper -> {
            String prefix = paper.paper().slug() + ".";
            summary(figures, prefix + "summary.", paper.categoryTotals(), paper.summaryTotal());
            paper.proposals().forEach(p -> figures.put(prefix + p.proposal().slug() + ".amount", p.amount()));
        }));
        List<Text> texts = new ArrayList<>(List.of(meeting.venue(), meeting.introduction()));
        meeting.items().forEach(item -> {
            texts.add(item.title());
            texts.add(item.report());
        });
        Map<Narrative.FigureRef, Figure> resolved = new LinkedHashMap<>();
        TextFigures.resolve(texts, figures, resolved, problems);
        return new ComputedMeeting(meeting, List.copyOf(items), resolved);
    }

    /** {@code <prefix>total} and {@code <prefix><category>}, e.g. summary.total and summary.savings. */
    private static void summary(Figures figures, String prefix, Map<String, Figure> categoryTotals, Figure total) {
        figures.put(prefix + "total", total);
        categoryTotals.forEach((category, figure) -> figures.put(prefix + Slugs.of(category), figure));
    }
}
