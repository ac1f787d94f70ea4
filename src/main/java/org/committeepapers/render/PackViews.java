package org.committeepapers.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.committeepapers.compute.ComputedMeeting;
import org.committeepapers.compute.ComputedPack;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Site;

/**
 * Builds the views of packs and meetings. The same views serve the PDF (bodies included, page numbers left to
 * the layout engine) and the web pages (page numbers taken from that PDF's layout).
 *
 * <p>Anchors in a pack PDF: {@code section-4a} for a section's cover, {@code case<n>-<case>} for the n-th
 * printed case; in a reports pack, {@code item-<n>} for an item and {@code item<n>-app<m>-…} for everything in
 * its m-th appendix. Each printed body is namespaced with its prefix, so ids never collide.
 */
final class PackViews {
    private final TemplateEngine templates;
    private final NumberFormatter numbers;
    private final MarkdownRenderer markdown;
    private final Site site;
    private final Function<ComputedPaper, Views.PaperView> printView;
    private final String restricted;
    private final TextPrinter texts;

    /** @param printView a paper's view with its cases at heading level 3, as packs print them */
    PackViews(TemplateEngine templates, NumberFormatter numbers, MarkdownRenderer markdown, Site site,
            Function<ComputedPaper, Views.PaperView> printView, String restricted) {
        this.restricted = restricted;
        this.templates = templates;
        this.numbers = numbers;
        this.markdown = markdown;
        this.site = site;
        this.printView = printView;
        this.texts = new TextPrinter(numbers);
    }

    static String packPath(ComputedPack pack) {
        return "packs/" + pack.pack().slug() + ".html";
    }

    static String packPdfPath(ComputedPack pack) {
        return "packs/" + pack.pack().slug() + ".pdf";
    }

    static String meetingPath(ComputedMeeting meeting) {
        return MeetingViews.path(meeting);
    }

    static String meetingPdfPath(ComputedMeeting meeting) {
        return MeetingViews.pdfPath(meeting);
    }

    /**
     * @param print  true for the PDF: printed bodies included, links to anchors in the same document
     * @param layout where the PDF's anchors landed, with its page count (null while making the PDF)
     * @param refs   collects where each paper and case is printed, for their web pages (may be null)
     */
    Views.PackView pack(ComputedPack computed, String root, boolean print, Layout layout, PackPageReferences refs) {
        return new PackBuilder(computed, root, print, layout, refs).build();
    }

    /** One pack's views; it numbers the cases as they are printed, so it is used once, in pack order. */
    private final class PackBuilder {
        private final ComputedPack computed;
        private final String root;
        private final String pdf;
        private final boolean print;
        private final Layout layout;
        private final PackPageReferences refs;
        private final Map<ComputedProposal, String> printedAt = new java.util.IdentityHashMap<>();
        private final List<SummaryTables.Line> packLines = new ArrayList<>();
        private final Set<String> notesPrinted = new java.util.HashSet<>();

        PackBuilder(ComputedPack computed, String root, boolean print, Layout layout, PackPageReferences refs) {
            this.computed = computed;
            this.root = root;
            this.pdf = root + packPdfPath(computed);
            this.print = print;
            this.layout = layout;
            this.refs = layout == null ? null : refs;
        }

        Views.PackView build() {
            List<Views.PackCommitteeView> committees = new ArrayList<>();
            for (ComputedPack.Committee committee : computed.committees()) {
                String name = site.committee(committee.committeeId()).name();
                committees.add(new Views.PackCommitteeView(name,
                        committee.sections().stream().map(section -> section(name, section)).toList()));
            }
            Views.TableView summary = SummaryTables.byCategory(numbers, "pack-summary",
                    "Every business case in this pack, by category", "Section", packLines, computed.categoryTotals(),
                    packTotalLabel(), computed.total()).withNote(jointTotalsNote(computed))
                    .withNote(RoundingNotes.amounts(computed.printedCases().stream().map(ComputedPack.Case::proposal).toList(),
                            numbers));
            return new Views.PackView(computed.pack().slug(), computed.pack().title(), site.council(),
                    SiteRenderer.longDate(computed.pack().date()),
                    markdown.renderSection(texts.print(computed.pack().introduction(), computed.textFigures()), 3),
                    root + packPath(computed), pdf,
                    layout == null ? "" : String.valueOf(layout.pageCount()), summary, List.copyOf(committees));
        }

        /** In the public build a pack with an exempt section totals only what it publishes, and says so. */
        private String packTotalLabel() {
            List<String> exempt = computed.committees().stream().flatMap(c -> c.sections().stream())
                    .filter(s -> s.exempt() != null).map(ComputedPack.Section::label).toList();
            return exempt.isEmpty() || !restricted.isEmpty() ? "Total of the pack"
                    : "Total of the published cases (exempt section " + String.join(", ", exempt) + " not included)";
        }

        private Views.PackSectionView section(String committee, ComputedPack.Section section) {
            List<Views.PackCaseView> cases = new ArrayList<>();
            List<SummaryTables.Line> lines = new ArrayList<>();
            for (ComputedPack.Case c : section.cases()) {
                Views.PackCaseView view = caseView(committee, section, c);
                cases.add(view);
                Paper paper = c.paper().paper();
                ComputedProposal proposal = c.proposal();
                String link = print ? "#" + view.anchor() : view.href();
                lines.add(new SummaryTables.Line(proposal.proposal().shortTitle(), link,
                        paper.appendixLabel() + ": " + paper.title(), proposal.proposal().category(), proposal.amount()));
                if (!c.repeat()) {
                    packLines.add(new SummaryTables.Line(proposal.proposal().shortTitle(), link, section.label(),
                            proposal.proposal().category(), proposal.amount()));
                }
            }
            if (refs != null) {
                paperRefs(section, cases);
            }
            String anchor = "section-" + section.label();
            String title = texts.print(section.title(), computed.textFigures());
            Views.TableView summary = SummaryTables.byCategory(numbers, "summary-" + section.label(),
                    "Summary of section " + section.label() + ": " + title, "Paper", lines,
                    section.categoryTotals(), "Total of section " + section.label(), section.total())
                    .withNote(jointSectionNote(computed, section))
                    .withNote(RoundingNotes.amounts(section.cases().stream().map(ComputedPack.Case::proposal).toList(), numbers));
            String exempt = section.exempt() == null ? "" : restricted.isEmpty() ? section.exempt().notice()
                    : restricted + ": paragraph " + section.exempt().paragraph() + " of Part 1 of Schedule 12A of the Local "
                    + "Government Act 1972";
            return new Views.PackSectionView(section.label(), title, committee, anchor,
                    layout == null ? "" : layout.page(anchor), exempt, summary, List.copyOf(cases));
        }

        /** A case printed here for the first time gets the next number, its body and its bookmarks. */
        private Views.PackCaseView caseView(String committee, ComputedPack.Section section, ComputedPack.Case c) {
            ComputedProposal proposal = c.proposal();
            String prefix = "case" + (printedAt.size() + 1) + "-";
            String anchor = c.repeat() ? printedAt.get(proposal) : prefix + ProposalViews.anchor(proposal.proposal());
            String body = null;
            List<Views.LinkView> outline = List.of();
            if (!c.repeat()) {
                printedAt.put(proposal, anchor);
                // Only the PDF needs the case's body and bookmarks; the web pages need its anchor alone.
                if (print) {
                    Views.ProposalView view = printView.apply(c.paper()).proposals()
                            .get(c.paper().proposals().indexOf(proposal));
                    // The paper's notes and corrections are printed once, with its first case in the pack.
                    Views.PaperView paperView = printView.apply(c.paper());
                    boolean first = notesPrinted.add(c.paper().paper().slug());
                    body = IdPrefixer.namespace(templates.render("print-case.ftlh", Map.of("p", view, "level", 3,
                            "paper", paperView, "paperNotes", first)), prefix);
                    outline = view.outline().stream().map(o -> new Views.LinkView(o.text(), prefix + o.anchor())).toList();
                }
            }
            String href = root + c.paper().paper().slug() + "/" + proposal.proposal().slug() + ".html";
            String page = layout == null ? "" : layout.page(anchor);
            if (refs != null) {
                refs.proposal(c.paper().paper().slug(), proposal.proposal().slug(), computed.pack().title()
                        + " pack, section " + section.label() + (c.repeat() ? " (joint; printed in an earlier section)" : "")
                        + ", page " + page, pdf + "#page=" + page);
            }
            return new Views.PackCaseView(proposal.proposal().title(), proposal.proposal().shortTitle(),
                    proposal.proposal().category(), numbers.cell(proposal.amount().value()), anchor, href, page,
                    jointNote(computed, proposal, committee), body, outline);
        }

        /**
         * A paper is "in" a section from its first case printed there; a joint case printed elsewhere does
         * not bring its paper along.
         */
        private void paperRefs(ComputedPack.Section section, List<Views.PackCaseView> cases) {
            Set<ComputedPaper> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = 0; i < section.cases().size(); i++) {
                ComputedPack.Case c = section.cases().get(i);
                if (!c.repeat() && seen.add(c.paper())) {
                    String first = cases.get(i).page();
                    refs.paper(c.paper().paper().slug(), computed.pack().title() + " pack, section " + section.label()
                            + " (" + texts.print(section.title(), computed.textFigures()) + "), from page " + first,
                            pdf + "#page=" + first);
                }
            }
        }
    }

    /**
     * Under the pack's summary, when a joint case is listed in two sections: each section's total includes it
     * but the pack's counts it once, so the sections' totals add up to more than the pack's. Null otherwise.
     */
    private String jointTotalsNote(ComputedPack pack) {
        List<String> joint = new ArrayList<>();
        java.math.BigDecimal sections = java.math.BigDecimal.ZERO;
        for (ComputedPack.Committee committee : pack.committees()) {
            for (ComputedPack.Section section : committee.sections()) {
                sections = sections.add(section.total().value());
                for (ComputedPack.Case c : section.cases()) {
                    if (c.repeat()) {
                        joint.add(c.proposal().proposal().shortTitle() + " (sections " + String.join(" and ",
                                sectionsListing(pack, c.proposal())) + ")");
                    }
                }
            }
        }
        if (joint.isEmpty()) {
            return null;
        }
        return (joint.size() == 1 ? "A joint case is" : "Joint cases are") + " listed in two sections: "
                + String.join("; ", joint) + ". Each section's total includes it, but the total of the pack counts it "
                + "once, so the section totals add up to " + numbers.cell(sections) + " (£000), not "
                + numbers.cell(pack.total().value()) + ".";
    }

    /** Under a section's summary that lists a joint case also listed in another section. Null otherwise. */
    private static String jointSectionNote(ComputedPack pack, ComputedPack.Section section) {
        List<String> notes = new ArrayList<>();
        for (ComputedPack.Case c : section.cases()) {
            List<String> where = sectionsListing(pack, c.proposal());
            if (where.size() > 1) {
                notes.add(c.proposal().proposal().shortTitle() + " is a joint case, also counted in section "
                        + String.join(" and ", where.stream().filter(l -> !l.equals(section.label())).toList())
                        + "; the total of the pack counts it once.");
            }
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    /** The labels of the sections that list {@code proposal}, in pack order: "4a", "4c". */
    private static List<String> sectionsListing(ComputedPack pack, ComputedProposal proposal) {
        return pack.committees().stream().flatMap(c -> c.sections().stream())
                .filter(s -> s.cases().stream().anyMatch(c -> c.proposal() == proposal))
                .map(ComputedPack.Section::label).toList();
    }

    /** "Joint with the Adults Committee": every other committee whose sections list the case. */
    private String jointNote(ComputedPack pack, ComputedProposal proposal, String here) {
        Set<String> others = new LinkedHashSet<>();
        for (ComputedPack.Committee committee : pack.committees()) {
            String name = site.committee(committee.committeeId()).name();
            boolean lists = committee.sections().stream().flatMap(s -> s.cases().stream())
                    .anyMatch(c -> c.proposal() == proposal);
            if (lists && !name.equals(here)) {
                others.add(name);
            }
        }
        return others.isEmpty() ? "" : "Joint with the " + String.join(" and the ", others);
    }

    /** The ids whose pages a pack's web page and its papers' pages quote. */
    static Set<String> anchors(Views.PackView pack) {
        Set<String> ids = new LinkedHashSet<>();
        pack.committees().forEach(c -> c.sections().forEach(s -> {
            ids.add(s.anchor());
            s.cases().forEach(k -> ids.add(k.anchor()));
        }));
        return ids;
    }

    static Set<String> anchors(Views.MeetingView meeting) {
        Set<String> ids = new LinkedHashSet<>();
        meeting.items().forEach(i -> {
            if (i.anchor() != null) {
                ids.add(i.anchor());
            }
            i.documents().stream().filter(d -> d.anchor() != null).forEach(d -> ids.add(d.anchor()));
            i.appendices().forEach(a -> {
                ids.add(a.anchor());
                a.cases().forEach(c -> ids.add(c.anchor()));
            });
        });
        return ids;
    }

    static Pattern pattern(Set<String> ids) {
        return Pattern.compile(ids.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** Where a printed document's anchors landed, and how many pages it has. */
    record Layout(String template, Map<String, Integer> pages, int pageCount) {
        String page(String anchor) {
            Integer page = pages.get(anchor);
            if (page == null) {
                // Every anchor asked for is in the printed document unless a template override dropped it.
                throw new TemplateEngine.TemplateFailure(template, 0, 0, "the printed document has no element with id '"
                        + anchor + "', so its page number cannot be quoted", "keep every id the built-in template sets");
            }
            return String.valueOf(page);
        }
    }
}
