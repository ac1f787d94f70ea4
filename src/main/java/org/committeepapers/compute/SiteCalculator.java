package org.committeepapers.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.committeepapers.names.Slugs;
import java.util.List;
import java.util.Optional;
import org.committeepapers.model.Category;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Text;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Site;
import org.committeepapers.model.Unit;
import org.committeepapers.problem.Problems;

/**
 * The compute stage: every total, summary and check, as pure functions of the loaded content. No I/O, no
 * formatting; problems are reported with the positions the load stage kept.
 */
public final class SiteCalculator {
    private SiteCalculator() {
    }

    public static Optional<ComputedSite> compute(Site site, Problems problems) {
        int before = problems.errorCount();
        List<ComputedPaper> papers = new ArrayList<>();
        for (Paper paper : site.papers()) {
            papers.add(paper(paper, site.rules(), problems));
        }
        ConsistencyChecks.uniqueReferences(site.papers().stream().flatMap(p -> p.proposals().stream()).toList(), problems);
        List<ComputedCommittee> committees = new ArrayList<>();
        for (var committee : site.committees()) {
            List<ComputedPaper> own = papers.stream().filter(p -> p.paper().committeeId().equals(committee.id())).toList();
            committees.add(new ComputedCommittee(committee.id(), own));
        }
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        Map<String, ComputedPaper> bySlug = new LinkedHashMap<>();
        papers.forEach(p -> bySlug.put(p.paper().slug(), p));
        PackCalculator packs = new PackCalculator(bySlug, site.rules(), problems);
        List<ComputedMeeting> meetings = site.meetings().stream().map(packs::meeting).toList();
        List<ComputedPack> packList = site.packs().stream().map(packs::pack).toList();
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new ComputedSite(site, papers, List.copyOf(committees), meetings, packList));
    }

    /**
     * Computes a paper's proposals and its summary totals. The paper's own figures, for {@code expect:} in
     * paper.yaml, are {@code summary.total}, {@code summary.<category>} (e.g. summary.invest-to-save) and
     * {@code <proposal>.amount}.
     */
    static ComputedPaper paper(Paper paper, FigureRules rules, Problems problems) {
        List<ComputedProposal> proposals = new ArrayList<>();
        for (Proposal proposal : paper.proposals()) {
            ProposalCalculator.compute(proposal, paper.years(), problems).ifPresent(computed -> {
                checkSign(computed, rules, problems);
                proposals.add(computed);
            });
        }
        Figures figures = figures(proposals, rules);
        Figure summaryTotal = sum(proposals);
        Map<String, Figure> categoryTotals = categoryTotals(proposals, rules);
        Map<Narrative.FigureRef, Figure> texts = new LinkedHashMap<>();
        List<CorrectionNote> corrections = List.of();
        // Checks of the paper's totals wait until every case is read and computed: without one, they would fail.
        if (proposals.size() == paper.proposals().size() && !problems.unloaded().isMissingCases(paper.slug())) {
            ConsistencyChecks.expectations(TextFigures.unrecorded(paper.expectations(), paper.corrections()), figures,
                    problems);
            corrections = TextFigures.corrections(paper.corrections(), figures, problems);
            List<Text> prose = new ArrayList<>(paper.notes());
            prose.add(paper.introduction());
            TextFigures.resolve(prose, figures, texts, problems);
        }
        return new ComputedPaper(paper, List.copyOf(proposals), summaryTotal, categoryTotals, texts, corrections);
    }

    /** A paper's own figures: {@code <case>.amount}, {@code summary.total} and {@code summary.<category>}. */
    static Figures figures(List<ComputedProposal> proposals, FigureRules rules) {
        Figures figures = new Figures();
        proposals.forEach(p -> figures.put(p.proposal().slug() + ".amount", p.amount()));
        figures.put("summary.total", sum(proposals));
        categoryTotals(proposals, rules).forEach((category, total) -> figures.put("summary." + Slugs.of(category), total));
        return figures;
    }

    static Figure sum(List<ComputedProposal> proposals) {
        return new Figure(proposals.stream().map(p -> p.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add),
                Unit.THOUSANDS);
    }

    /**
     * A case's amount must have its category's sign: a saving written as a positive number would make every
     * total it is in wrong by twice its size.
     */
    private static void checkSign(ComputedProposal computed, FigureRules rules, Problems problems) {
        Proposal proposal = computed.proposal();
        Optional<Category> category = rules.category(proposal.category());
        BigDecimal amount = computed.amount().value();
        if (category.isEmpty() || category.get().sign().allows(amount)) {
            return;
        }
        Category c = category.get();
        problems.error(proposal.amount().figure().position(), "the case is in the category " + c.name() + ", whose amounts are "
                + c.sign().word() + ", but its amount is " + ConsistencyChecks.plain(amount) + " (£000)",
                c.name() + " amounts are written as " + c.sign().word() + " numbers: " + ConsistencyChecks.plain(amount.negate())
                        + "; or, if the figures are right, choose the category that fits");
    }

    /** Totals by category, in the order the site lists its categories, for the categories that occur. */
    static Map<String, Figure> categoryTotals(List<ComputedProposal> proposals, FigureRules rules) {
        Map<String, Figure> totals = new LinkedHashMap<>();
        for (String category : rules.categoryNames()) {
            List<ComputedProposal> in = proposals.stream().filter(p -> p.proposal().category().equals(category)).toList();
            if (!in.isEmpty()) {
                totals.put(category, sum(in));
            }
        }
        return totals;
    }
}
