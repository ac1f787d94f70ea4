package org.committeepapers.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.model.AgendaItem;
import org.committeepapers.model.Attachment;
import org.committeepapers.model.Correction;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Pack;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Site;
import org.committeepapers.model.Text;
import org.committeepapers.problem.Problems;

/**
 * Takes exempt information out of a computed site for the public build, before anything is rendered: what is
 * not here cannot reach a page, a PDF, its metadata or bookmarks, the search index, the sitemap or the cache.
 *
 * <ul>
 * <li>An exempt paper has no pages and no PDF; an agenda that appends it shows the notice instead.
 * <li>An exempt case is left out of its paper, its committee's summary and every pack; the paper shows a notice
 *     in its place. Totals are of the published cases only: a total that included the exempt case would give its
 *     amount away by subtraction from the published lines (the members' build has the full totals).
 * <li>An exempt item keeps its number and title on the agenda; its documents, appendices and decision are
 *     replaced by the notice. An exempt document is replaced by the notice.
 * <li>Figures written in texts (a paper's introduction and notes, a pack's, a meeting's) are worked out again
 *     from what is published; one that can only be worked out from exempt information is an error.
 * </ul>
 * Every figure and check was computed on the whole content first, so both builds check the same sources alike.
 */
public final class Redaction {
    private Redaction() {
    }

    public static ComputedSite forPublic(ComputedSite full, Problems problems) {
        FigureRules rules = full.site().rules();
        List<ComputedPaper> papers = new ArrayList<>();
        Map<String, ComputedPaper> bySlug = new LinkedHashMap<>();
        for (ComputedPaper paper : full.papers()) {
            if (paper.paper().exempt() != null) {
                continue;
            }
            ComputedPaper kept = paper.paper().exemptCases().isEmpty() ? paper : withoutExemptCases(paper, rules, problems);
            papers.add(kept);
            bySlug.put(kept.paper().slug(), kept);
        }
        List<ComputedCommittee> committees = new ArrayList<>();
        for (ComputedCommittee committee : full.committees()) {
            List<ComputedPaper> own = committee.papers().stream().filter(p -> bySlug.containsKey(p.paper().slug()))
                    .map(p -> bySlug.get(p.paper().slug())).toList();
            committees.add(new ComputedCommittee(committee.committeeId(), own));
        }
        Map<String, Paper> all = new LinkedHashMap<>();
        full.papers().forEach(p -> all.put(p.paper().slug(), p.paper()));
        List<Pack> packs = full.site().packs().stream().map(pack -> publishedCases(pack, bySlug)).toList();
        List<ComputedMeeting> meetings = new ArrayList<>();
        for (ComputedMeeting meeting : full.meetings()) {
            meetings.add(meeting(meeting, all, bySlug, problems));
        }
        Site site = full.site();
        Site published = new Site(site.council(), site.title(), site.language(), site.committees(), site.format(),
                papers.stream().map(ComputedPaper::paper).toList(), meetings.stream().map(ComputedMeeting::meeting).toList(),
                packs, rules, site.about());
        PackCalculator calculator = new PackCalculator(bySlug, rules, new Problems());
        List<ComputedPack> computedPacks = packs.stream().map(calculator::pack).toList();
        for (ComputedPack pack : computedPacks) {
            List<Text> texts = new ArrayList<>(List.of(pack.pack().introduction()));
            pack.pack().committees().forEach(c -> c.sections().forEach(s -> texts.add(s.title())));
            unpublished(texts, pack.textFigures(), problems);
        }
        return new ComputedSite(published, List.copyOf(papers), List.copyOf(committees), List.copyOf(meetings),
                computedPacks);
    }

    /**
     * The paper without its exempt cases. The figures in its introduction and notes, and its corrections, are
     * worked out again from the published cases, so no total there counts an exempt case; a figure of an exempt
     * case cannot be printed in the public build, and a correction of one is left out with the case.
     */
    private static ComputedPaper withoutExemptCases(ComputedPaper paper, FigureRules rules, Problems problems) {
        Map<String, ?> exempt = paper.paper().exemptCases();
        List<ComputedProposal> kept = paper.proposals().stream()
                .filter(p -> !exempt.containsKey(p.proposal().slug())).toList();
        Paper published = paper.paper().withProposals(kept.stream().map(ComputedProposal::proposal).toList());
        Figures figures = SiteCalculator.figures(kept, rules);
        List<Text> prose = new ArrayList<>(published.notes());
        prose.add(published.introduction());
        Map<Narrative.FigureRef, Figure> texts = published(prose, figures, problems);
        List<Correction> corrections = published.corrections().stream()
                .filter(c -> exempt.keySet().stream().noneMatch(slug -> c.figure().startsWith(slug + "."))).toList();
        return new ComputedPaper(published, kept, SiteCalculator.sum(kept), SiteCalculator.categoryTotals(kept, rules), texts,
                TextFigures.corrections(corrections, figures, problems));
    }

    /**
     * The pack with only cases that are published; an exempt section stays, empty, to print its notice (a joint
     * case listed there and elsewhere is still printed where it is listed next).
     */
    private static Pack publishedCases(Pack pack, Map<String, ComputedPaper> published) {
        List<Pack.PackCommittee> committees = new ArrayList<>();
        for (Pack.PackCommittee committee : pack.committees()) {
            List<Pack.PackSection> sections = new ArrayList<>();
            for (Pack.PackSection section : committee.sections()) {
                List<Pack.PackEntry> entries = section.exempt() != null ? List.of() : section.entries().stream()
                        .filter(e -> published.containsKey(e.paper()) && published.get(e.paper()).paper().proposals()
                                .stream().anyMatch(p -> p.slug().equals(e.proposal())))
                        .toList();
                sections.add(new Pack.PackSection(section.letter(), section.position(), section.title(), entries,
                        section.exempt()));
            }
            committees.add(new Pack.PackCommittee(committee.committeeId(), committee.position(), sections));
        }
        return new Pack(pack.slug(), pack.position(), pack.title(), pack.date(), pack.item(), pack.introduction(), committees);
    }

    private static ComputedMeeting meeting(ComputedMeeting computed, Map<String, Paper> all,
            Map<String, ComputedPaper> published, Problems problems) {
        List<ComputedMeeting.Item> items = items(computed.items(), all, published);
        List<ComputedMeeting.Supplement> supplements = new ArrayList<>();
        List<Meeting.Supplement> models = new ArrayList<>();
        for (ComputedMeeting.Supplement supplement : computed.supplements()) {
            List<ComputedMeeting.Item> late = items(supplement.items(), all, published);
            Meeting.Supplement s = supplement.supplement();
            Meeting.Supplement model = new Meeting.Supplement(s.number(), s.position(), s.date(), s.title(),
                    late.stream().map(ComputedMeeting.Item::item).toList());
            models.add(model);
            supplements.add(new ComputedMeeting.Supplement(model, late));
        }
        Meeting meeting = computed.meeting().with(items.stream().map(ComputedMeeting.Item::item).toList(), List.copyOf(models));
        // Figures in the meeting's texts come from the published appendices only.
        return new ComputedMeeting(meeting, items, List.copyOf(supplements), published(PackCalculator.meetingTexts(
                meeting, items, supplements), PackCalculator.meetingScope(items, supplements), problems));
    }

    /**
     * The figures in {@code texts} worked out from what the public build publishes. Every figure worked out in
     * the full build, so one that cannot be worked out here counts something exempt: printing it would publish
     * it, so it is an error (of the public build only).
     */
    private static Map<Narrative.FigureRef, Figure> published(List<Text> texts, Figures figures, Problems problems) {
        Map<Narrative.FigureRef, Figure> out = new LinkedHashMap<>();
        TextFigures.resolve(texts, figures, out, new Problems());
        unpublished(texts, out, problems);
        return out;
    }

    /** Reports each figure in {@code texts} that the public build could not work out. */
    private static void unpublished(List<Text> texts, Map<Narrative.FigureRef, Figure> out, Problems problems) {
        texts.stream().filter(java.util.Objects::nonNull).flatMap(t -> t.figures().stream())
                .filter(ref -> !out.containsKey(ref)).forEach(ref -> problems.error(ref.position(), "this figure "
                        + "counts exempt information, which the public build leaves out, so it cannot be printed here",
                        "leave the figure out of this text, or mark the text exempt too; the members' build "
                                + "(--audience members) prints it"));
    }

    private static List<ComputedMeeting.Item> items(List<ComputedMeeting.Item> items, Map<String, Paper> all,
            Map<String, ComputedPaper> published) {
        List<ComputedMeeting.Item> out = new ArrayList<>();
        for (ComputedMeeting.Item computed : items) {
            AgendaItem item = computed.item();
            List<ComputedMeeting.Withheld> withheld = new ArrayList<>();
            if (item.exempt() != null) {
                if (!item.documents().isEmpty() || !item.appendices().isEmpty() || item.decision() != null) {
                    withheld.add(new ComputedMeeting.Withheld("The report and appendices", item.exempt()));
                }
                AgendaItem bare = new AgendaItem(item.number(), item.position(), item.title(), List.of(), List.of(),
                        null, item.exempt());
                out.add(new ComputedMeeting.Item(bare, List.of(), List.copyOf(withheld)));
                continue;
            }
            List<Attachment> documents = new ArrayList<>();
            for (Attachment document : item.documents()) {
                if (document.isExempt()) {
                    withheld.add(new ComputedMeeting.Withheld("A document", document.exempt()));
                } else {
                    documents.add(document);
                }
            }
            List<AgendaItem.Appendix> appendices = new ArrayList<>();
            List<ComputedPaper> papers = new ArrayList<>();
            for (AgendaItem.Appendix appendix : item.appendices()) {
                Paper paper = all.get(appendix.paper());
                if (paper.exempt() != null) {
                    withheld.add(new ComputedMeeting.Withheld(paper.appendixLabel(), paper.exempt()));
                } else {
                    appendices.add(appendix);
                    papers.add(published.get(appendix.paper()));
                }
            }
            AgendaItem kept = new AgendaItem(item.number(), item.position(), item.title(), List.copyOf(documents),
                    List.copyOf(appendices), item.decision(), null);
            out.add(new ComputedMeeting.Item(kept, List.copyOf(papers), List.copyOf(withheld)));
        }
        return List.copyOf(out);
    }
}
