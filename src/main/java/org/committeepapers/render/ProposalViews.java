package org.committeepapers.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.model.Answer;
import org.committeepapers.model.BpReference;
import org.committeepapers.model.DateOrText;
import org.committeepapers.model.Figure;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.Header;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.ProposalFormat;
import org.committeepapers.model.Rounding;
import org.committeepapers.problem.Problems;
import org.jsoup.nodes.Entities;

/** Builds the view of one proposal, whatever its format, at a given heading level. */
final class ProposalViews {

    private final TemplateEngine templates;
    private final MarkdownRenderer markdown;
    private final NarrativeRenderer narratives;
    private final TableViews tables;
    private final NumberFormatter numbers;
    private final ComputedProposal computed;
    private final Proposal p;
    private final int level;
    private final Problems problems;
    private final Map<String, String> renderedTables = new HashMap<>();
    private final TextPrinter texts;

    /** @param level heading level of the proposal's title; {@code problems} non-null to check its Markdown */
    ProposalViews(TemplateEngine templates, MarkdownRenderer markdown, NarrativeRenderer narratives, TableViews tables,
            NumberFormatter numbers, ComputedProposal computed, int level, Problems problems) {
        this.templates = templates;
        this.markdown = markdown;
        this.narratives = narratives;
        this.tables = tables;
        this.numbers = numbers;
        this.computed = computed;
        this.p = computed.proposal();
        this.level = level;
        this.problems = problems;
        this.texts = new TextPrinter(numbers);
    }

    /** One of the case's prose fields, with its figures. */
    private String prose(org.committeepapers.model.Text text) {
        return texts.print(text, computed.proseFigures());
    }

    /** The id of a proposal's heading within a page that holds several: its file name. */
    static String anchor(Proposal proposal) {
        return proposal.slug();
    }

    Views.ProposalView view() {
        int sub = level + 1;
        List<Views.LinkView> outline = new ArrayList<>();
        outline.add(new Views.LinkView("Proposal details", p.slug() + "-details-heading"));
        // Free text: under "Proposal summary" for business cases, straight under the title for schedules, and
        // in question-led formats the header's own text before the first question.
        boolean summary = p.format() == ProposalFormat.BUSINESS_CASE_2024;
        String narrative = narratives.render(computed, p.narrative(), summary ? sub + 1 : sub, 0, this::table, problems);
        if (summary) {
            outline.add(new Views.LinkView("Proposal summary", p.slug() + "-summary-heading"));
        }
        List<Views.SectionView> sections = sections(sub, outline);
        Views.TableView finance = null;
        List<Views.BenefitView> benefits = List.of();
        List<Views.DetailView> impacts = List.of();
        if (p.header() instanceof Header.BusinessCase2024 bc) {
            finance = tables.view(computed.finance(), p.slug() + "-finance", computed.proseFigures());
            benefits = bc.benefits().stream().map(b -> new Views.BenefitView(markdown.renderInline(prose(b.benefit())),
                    b.ambitions().label(), markdown.renderInline(prose(b.measurement())))).toList();
            impacts = List.of(
                    new Views.DetailView("Environmental", markdown.renderInline(prose(bc.impacts().environmental()))),
                    new Views.DetailView("Social", markdown.renderInline(prose(bc.impacts().social()))),
                    new Views.DetailView("Health", markdown.renderInline(prose(bc.impacts().health()))));
            outline.add(new Views.LinkView("Financial information", p.slug() + "-finance-heading"));
            outline.add(new Views.LinkView("Benefits", p.slug() + "-benefits-heading"));
            outline.add(new Views.LinkView("Impacts", p.slug() + "-impacts-heading"));
        }
        List<Views.ListView> lists = lists();
        lists.forEach(l -> outline.add(new Views.LinkView(l.heading(), l.anchor())));
        String banner = p.header() instanceof Header.BusinessCase2022 bc ? bc.banner() : null;
        List<Views.TableView> headerTables = p.header() instanceof Header.BusinessCase2022 bc
                ? bc.headerTables().stream().map(id -> tables.view(computed.tables().get(id), p.slug() + "-" + id,
                        computed.proseFigures())).toList()
                : List.of();
        return new Views.ProposalView(p.slug(), anchor(p), p.slug() + ".html", p.format().sourceName(), p.title(),
                p.shortTitle(), p.category(), numbers.cell(computed.amount().value()), banner, headlines(), details(),
                headerTables, narrative, sections, finance, benefits, impacts, lists, outline,
                computed.corrections().stream().map(texts::correction).toList(),
                RoundingNotes.prose(computed.proseFigures()));
    }

    private String table(String id) {
        return renderedTables.computeIfAbsent(id, key -> templates.render("table.ftlh",
                Map.of("table", tables.view(computed.tables().get(key), p.slug() + "-" + key, computed.proseFigures()))));
    }

    /** The answers under their fixed questions; a group heading is given with the first section of its group. */
    private List<Views.SectionView> sections(int sub, List<Views.LinkView> outline) {
        List<Views.SectionView> out = new ArrayList<>();
        String group = null;
        Map<String, Answer> answers = new HashMap<>();
        p.answers().forEach(a -> answers.put(a.key(), a));
        for (ProposalFormat.Section section : p.format().sections()) {
            Answer answer = answers.get(section.key());
            if (answer == null) {
                continue;
            }
            boolean newGroup = section.group() != null && !section.group().equals(group);
            group = section.group();
            // The question sits one level below its group heading, if it has one.
            int questionLevel = section.group() == null ? sub : sub + 1;
            String html = narratives.render(computed, answer.narrative(), questionLevel, 1, this::table, problems);
            String anchor = p.slug() + "-q-" + section.key();
            out.add(new Views.SectionView(anchor, newGroup ? section.group() : null, section.question(), html));
            if (newGroup || section.group() == null) {
                outline.add(new Views.LinkView(section.group() == null ? section.question() : section.group(),
                        newGroup ? anchor + "-group" : anchor));
            }
        }
        return out;
    }

    private List<Views.HeadlineView> headlines() {
        List<Views.HeadlineView> out = new ArrayList<>();
        for (Map.Entry<Headline, Figure> entry : computed.headlines().entrySet()) {
            Headline h = entry.getKey();
            Figure value = entry.getValue();
            Rounding rounding = h.rounding();
            Figure shown = rounding == null ? value : NumberFormatter.rounded(value, h.format(), rounding);
            String rule = rounding == null ? "" : rounding.phrase() + " " + unitOf(h.format());
            out.add(new Views.HeadlineView(prose(h.label()), numbers.prose(shown, h.format()), rule));
        }
        return out;
    }

    private static String unitOf(FigureFormat format) {
        return switch (format.style()) {
            case K, THOUSANDS, M -> "£1,000";
            case POUNDS -> "£1";
            case COUNT -> "whole number";
            case PERCENT -> "whole percentage";
            case RATIO -> "hundredth";
        };
    }

    private List<Views.DetailView> details() {
        List<Views.DetailView> out = new ArrayList<>();
        String references = String.join(", ", p.bpReferences().stream().map(BpReference::text).toList());
        if (p.header() instanceof Header.BusinessCase2024 bc) {
            out.add(detail("Proposal title (business plan description)", bc.proposalTitle()));
            out.add(detail("Relevant ambitions", bc.ambitions().label()));
            out.add(detail("Directorate", bc.directorate()));
            out.add(detail("Service", bc.service()));
            out.add(detail("Type", bc.type()));
            out.add(detail("Recurrent or one-off", bc.recurrence()));
            out.add(detail("BP reference", references));
            out.add(detail("Date", text(p.date())));
            out.add(detail("Version", bc.version()));
            out.add(detail("Equality impact assessment completed", bc.eqia()));
            out.add(detail("Proposed start date", text(bc.startDate())));
            out.add(detail("Linked capital proposal", bc.capitalLink()));
        } else if (p.header() instanceof Header.BusinessCase2022 bc) {
            out.add(detail("Project title", p.title()));
            out.add(detail("Committee", bc.committee()));
            out.add(new Views.DetailView("Brief description of proposal", markdown.renderInline(prose(bc.briefDescription()))));
            out.add(detail("Date of version", text(p.date())));
            out.add(detail("BP reference", bc.bpReference()));
            out.add(detail("Business leads / sponsors", prose(bc.businessLeads())));
        } else if (p.header() instanceof Header.ProjectBrief2018 brief) {
            out.add(detail("Project title", brief.projectTitle()));
            out.add(detail("Saving", numbers.prose(computed.amount(), FigureFormat.K)));
            out.add(detail("Business planning reference", brief.bpReference()));
            out.add(new Views.DetailView("Business planning brief description",
                    markdown.renderInline(prose(brief.briefDescription()))));
            out.add(detail("Senior responsible officer", brief.seniorResponsibleOfficer()));
        } else {
            out.add(detail("Total", numbers.prose(computed.amount(), FigureFormat.K)));
        }
        return out;
    }

    private List<Views.ListView> lists() {
        List<Views.ListView> out = new ArrayList<>();
        if (p.header() instanceof Header.ProjectBrief2018 brief) {
            if (!brief.dependencies().isEmpty()) {
                out.add(new Views.ListView(p.slug() + "-dependencies", "Project dependencies",
                        brief.dependencies().stream().map(this::prose).toList()));
            }
            if (!brief.risks().isEmpty()) {
                out.add(new Views.ListView(p.slug() + "-risks", "Risks", brief.risks().stream().map(this::prose).toList()));
            }
        }
        return out;
    }

    private static Views.DetailView detail(String label, String value) {
        return new Views.DetailView(label, Entities.escape(value == null ? "" : value));
    }

    private static String text(DateOrText value) {
        return value == null ? "" : value.date() != null ? SiteRenderer.longDate(value.date()) : value.text();
    }
}
