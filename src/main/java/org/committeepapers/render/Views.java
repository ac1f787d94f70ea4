package org.committeepapers.render;

import java.util.List;

/**
 * What templates see: plain records of ready-formatted text. Templates never compute or format a figure,
 * so an overridden template cannot make the numbers disagree.
 */
public final class Views {
    private Views() {
    }

    /** Shared by every page. {@code root} is the relative path back to the site's top, e.g. "../". */
    public record SiteView(String council, String title, String language, String root, List<CommitteeView> committees) {
    }

    /** A committee; {@code summary} adds up every proposal in its papers by category (null when it has none). */
    public record CommitteeView(String id, String name, String href, List<PaperLinkView> papers, TableView summary) {
    }

    /** {@code pdfHref} is the paper's PDF, next to its HTML page. */
    public record PaperLinkView(String title, String appendix, String meetingDate, String href, String pdfHref) {
    }

    /** {@code pdfHref} is relative to the paper's own folder. */
    public record PaperView(String slug, String pdfHref, String council, String title, String appendix, String committee, String meetingDate,
            String introductionHtml, TableView summary, List<ProposalView> proposals, List<String> notes) {
    }

    /**
     * A proposal; {@code anchor} is its id within the paper page, {@code href} its own page. Which parts are
     * filled depends on {@code format}: free text in {@code narrativeHtml}, or fixed {@code sections}; the
     * finance table, benefits and impacts only for business-case-2024.
     */
    public record ProposalView(String slug, String anchor, String href, String format, String title,
            String shortTitle, String category, String amount, String banner, List<HeadlineView> headlines,
            List<DetailView> details, List<TableView> headerTables, String narrativeHtml, List<SectionView> sections,
            TableView finance, List<BenefitView> benefits, List<DetailView> impacts, List<ListView> lists,
            List<LinkView> outline) {
    }

    /** A headline amount with the rounding rule that produced it ("" when exact). */
    public record HeadlineView(String label, String value, String rule) {
    }

    /**
     * An answer under its fixed question; {@code group} is set on the first section of a group, to be printed
     * as a heading above it.
     */
    public record SectionView(String anchor, String group, String question, String html) {
    }

    /** A titled list, e.g. a project's risks. */
    public record ListView(String anchor, String heading, List<String> items) {
    }

    /** An entry of a proposal's outline, for PDF bookmarks. */
    public record LinkView(String text, String anchor) {
    }

    /** A labelled value; {@code html} is already safe markup. */
    public record DetailView(String label, String html) {
    }

    public record BenefitView(String benefitHtml, String ambitions, String measurementHtml) {
    }

    /**
     * A table ready to print. {@code headerRows} may have more than one row when columns are grouped under a
     * spanning heading. {@code wide} tables go on a landscape page when printed.
     */
    public record TableView(String id, String caption, List<List<HeaderCellView>> headerRows, List<RowView> rows,
            RowView total, boolean wide) {
        /** More columns than this do not fit a portrait A4 page legibly. */
        public static final int PORTRAIT_COLUMNS = 9;
    }

    public record HeaderCellView(String text, int colspan, int rowspan, boolean numeric, String scope) {
    }

    /** {@code kind} is data, derived, heading or total, for styling. */
    public record RowView(String kind, List<CellView> cells) {
    }

    /** {@code link} is an href when the cell links to a proposal, else null. */
    public record CellView(String text, boolean numeric, boolean rowHeader, boolean nil, String link, int colspan) {
    }
}
