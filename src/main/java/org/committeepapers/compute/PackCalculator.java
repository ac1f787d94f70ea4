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
                        SiteCalculator.categoryTotals(own, rules), SiteCalculator.sum(own), section.exempt()));
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
        List<ComputedMeeting.Item> items = items(meeting.items());
        List<ComputedMeeting.Supplement> supplements = meeting.supplements().stream()
                .map(s -> new ComputedMeeting.Supplement(s, items(s.items()))).toList();
        Map<Narrative.FigureRef, Figure> resolved = new LinkedHashMap<>();
        TextFigures.resolve(meetingTexts(meeting, items, supplements), meetingScope(items, supplements), resolved,
                problems);
        return new ComputedMeeting(meeting, items, supplements, resolved);
    }

    private List<ComputedMeeting.Item> items(List<AgendaItem> agenda) {
        List<ComputedMeeting.Item> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            items.add(new ComputedMeeting.Item(item,
                    item.appendices().stream().map(a -> papers.get(a.paper())).toList(), List.of()));
        }
        return List.copyOf(items);
    }

    /**
     * The figures of a meeting's scope: those of the papers its items (and its supplements' items) append,
     * {@code <paper>.summary.total}, {@code <paper>.summary.<category>} and {@code <paper>.<case>.amount}.
     */
    static Figures meetingScope(List<ComputedMeeting.Item> items, List<ComputedMeeting.Supplement> supplements) {
        Figures figures = new Figures();
        all(items, supplements).forEach(item -> item.appendices().forEach(paper -> {
            String prefix = paper.paper().slug() + ".";
            summary(figures, prefix + "summary.", paper.categoryTotals(), paper.summaryTotal());
            paper.proposals().forEach(p -> figures.put(prefix + p.proposal().slug() + ".amount", p.amount()));
        }));
        return figures;
    }

    /**
     * The texts of a meeting that may hold figures: venue, introduction, its items' titles, decisions and
     * Markdown documents, its supplements' titles and items, and its minutes.
     */
    static List<Text> meetingTexts(Meeting meeting, List<ComputedMeeting.Item> items,
            List<ComputedMeeting.Supplement> supplements) {
        List<Text> texts = new ArrayList<>(java.util.Arrays.asList(meeting.venue(), meeting.introduction()));
        all(items, supplements).forEach(item -> {
            texts.add(item.item().title());
            texts.add(item.item().decision());
            item.item().documents().forEach(d -> texts.add(d.text()));
        });
        supplements.forEach(s -> texts.add(s.supplement().title()));
        if (meeting.minutes() != null) {
            texts.add(meeting.minutes().document().text());
        }
        return texts;
    }

    private static List<ComputedMeeting.Item> all(List<ComputedMeeting.Item> items,
            List<ComputedMeeting.Supplement> supplements) {
        List<ComputedMeeting.Item> all = new ArrayList<>(items);
        supplements.forEach(s -> all.addAll(s.items()));
        return all;
    }

    /** {@code <prefix>total} and {@code <prefix><category>}, e.g. summary.total and summary.savings. */
    private static void summary(Figures figures, String prefix, Map<String, Figure> categoryTotals, Figure total) {
        figures.put(prefix + "total", total);
        categoryTotals.forEach((category, figure) -> figures.put(prefix + Slugs.of(category), figure));
    }
}
