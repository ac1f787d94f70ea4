package org.committeepapers.render;

import java.util.List;

/**
 * What templates see: plain records of ready-formatted text. Templates never compute or format a figure,
 * so an overridden template cannot make the numbers disagree.
 */
public final class Views {
    private Views() {
    }

    /**
     * Shared by every page. {@code root} is the relative path back to the site's top, e.g. "../";
     * {@code upcoming} every committee's meetings on or after {@code asOf}, the date the site is built as of;
     * {@code calendarHref} the calendar of every meeting. {@code restricted} is the marking every page of the
     * members' build carries ("EXEMPT – NOT FOR PUBLICATION"), "" in public.
     */
    public record SiteView(String council, String title, String language, String root, List<CommitteeView> committees,
            List<PackLinkView> packs, List<MeetingLinkView> upcoming, String asOf, String calendarHref,
            String restricted) {
    }

    /**
     * A committee; {@code summaries} has one table per paper, adding up that paper's cases by category: papers
     * are of different budget rounds, so nothing is added up across them (empty when it has no papers).
     * {@code meetings} are all its meetings by date; {@code upcoming} those on or after the site's date, soonest
     * first, and {@code past} the rest, latest first. {@code clerk} is null when site.yaml names none.
     */
    public record CommitteeView(String id, String name, String href, List<PaperLinkView> papers,
            List<MeetingLinkView> meetings, List<TableView> summaries, List<MeetingLinkView> upcoming,
            List<MeetingLinkView> past, List<MemberView> members, ClerkView clerk, String calendarHref) {
    }

    /** A committee member as listed on its page; {@code party} may be null. */
    public record MemberView(String name, String role, String party) {
    }

    /** Minutes: "Approved at the meeting of 7 March 2024" or "Draft, to be approved at the next meeting". */
    public record MinutesView(String status, String href, String approvedAtHref, boolean approved) {
    }

    /** How to reach a committee's clerk; {@code phone} and {@code phoneHref} may be null. */
    public record ClerkView(String name, String email, String emailHref, String phone, String phoneHref) {
    }

    /**
     * A meeting in a list; {@code pdfHref} is its reports pack and {@code pdfFacts} says what it is, e.g.
     * "PDF, 216 KB, 22 pages" (just "PDF" in the preview, which prints on request); {@code minutes} its minutes
     * (null before they are written); {@code upcoming} whether it is on or after the site's date (see
     * {@link org.committeepapers.compute.SiteDate}).
     */
    public record MeetingLinkView(String date, String time, String venue, String committee, String href,
            String pdfHref, String pdfFacts, MinutesView minutes, boolean upcoming) {
    }

    public record PackLinkView(String title, String date, String href, String pdfHref, String pdfFacts) {
    }

    /** {@code pdfHref} is the paper's PDF, next to its HTML page; {@code pdfFacts} its type, size and pages. */
    public record PaperLinkView(String title, String appendix, String meetingDate, String href, String pdfHref,
            String pdfFacts) {
    }

    /**
     * {@code pdfHref} is relative to the paper's own folder. {@code notes} and {@code corrections} (the paper's
     * recorded corrections) are printed wherever the paper's cases are; {@code caseCorrections}, its cases'
     * corrections, are listed again in the paper's own notes.
     */
    public record PaperView(String slug, String pdfHref, String council, String title, String appendix, String committee, String meetingDate,
            String introductionHtml, TableView summary, List<ProposalView> proposals, List<String> notes,
            List<String> corrections, List<String> caseCorrections) {
    }

    /**
     * A proposal; {@code anchor} is its id within the paper page, {@code href} its own page. Which parts are
     * filled depends on {@code format}: free text in {@code narrativeHtml}, or fixed {@code sections}; the
     * finance table, benefits and impacts only for business-case-2024. {@code corrections} are its recorded
     * corrections, printed wherever the case is. {@code roundingNote} says how the figures its text quotes
     * were rounded, or is null when every one is shown exactly.
     */
    public record ProposalView(String slug, String anchor, String href, String format, String title,
            String shortTitle, String category, String amount, String banner, List<HeadlineView> headlines,
            List<DetailView> details, List<TableView> headerTables, String narrativeHtml, List<SectionView> sections,
            TableView finance, List<BenefitView> benefits, List<DetailView> impacts, List<ListView> lists,
            List<LinkView> outline, List<String> corrections, String roundingNote) {
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
    /** {@code note} is printed under the table, e.g. "Totals exclude 2 cells not yet costed.", or null. */
    public record TableView(String id, String caption, List<List<HeaderCellView>> headerRows, List<RowView> rows,
            RowView total, boolean wide, String note) {
        /** More columns than this do not fit a portrait A4 page legibly. */
        public static final int PORTRAIT_COLUMNS = 9;

        public TableView(String id, String caption, List<List<HeaderCellView>> headerRows, List<RowView> rows,
                RowView total, boolean wide) {
            this(id, caption, headerRows, rows, total, wide, null);
        }

        /** This table with {@code text} under it (after any note it has), or unchanged when {@code text} is null. */
        public TableView withNote(String text) {
            if (text == null) {
                return this;
            }
            return new TableView(id, caption, headerRows, rows, total, wide, note == null ? text : note + " " + text);
        }
    }

    public record HeaderCellView(String text, int colspan, int rowspan, boolean numeric, String scope) {
    }

    /** {@code kind} is data, derived, heading or total, for styling. */
    public record RowView(String kind, List<CellView> cells) {
    }

    /** {@code link} is an href when the cell links to a proposal, else null. */
    public record CellView(String text, boolean numeric, boolean rowHeader, boolean nil, String link, int colspan) {
    }

    /**
     * A printed pack spanning committees. Page numbers ({@code page} fields, {@code pages}) are those of the
     * pack's PDF as laid out, or "" while the PDF itself is being made (it finds its own with target-counter).
     */
    public record PackView(String slug, String title, String council, String date, String introductionHtml,
            String href, String pdfHref, String pages, TableView summary, List<PackCommitteeView> committees) {
    }

    public record PackCommitteeView(String name, List<PackSectionView> sections) {
    }

    /** A lettered section; {@code label} is e.g. "4a", {@code anchor} its cover's id in the pack PDF. */
    public record PackSectionView(String label, String title, String committee, String anchor, String page, String exempt,
            TableView summary, List<PackCaseView> cases) {
    }

    /**
     * A case as a pack lists it. {@code anchor} is where it is printed in the pack (for a joint case listed a
     * second time, where it was first printed); {@code html} is its printed body, null for that second listing;
     * {@code href} is its web page. {@code outline} gives its bookmarks.
     */
    public record PackCaseView(String title, String shortTitle, String category, String amount, String anchor,
            String href, String page, String joint, String html, List<LinkView> outline) {
    }

    /**
     * A meeting and its agenda, or one of its supplementary agendas ({@code supplement} is then its title, e.g.
     * "Supplementary agenda 1", and {@code published} its date; both "" for the agenda). {@code pdfHref} is the
     * reports pack, {@code pages} its page count.
     */
    public record MeetingView(String slug, String title, String committee, String committeeHref, String date,
            String time, String venue, String introductionHtml, String href, String pdfHref, String pages,
            List<ItemView> items, String supplement, String published, MinutesView minutes,
            List<MeetingView> supplements) {
    }

    /**
     * An agenda item; {@code anchor} and {@code page} are null for an item with nothing printed. {@code notices}
     * stand where exempt parts were left out (public build); {@code exempt} marks an exempt item (members' build).
     */
    public record ItemView(int number, String title, String anchor, String page, List<DocumentView> documents,
            List<AppendixView> appendices, List<String> notices, String decisionHtml, String exempt) {
    }

    /**
     * A report or appendix file of an item. {@code kind} is markdown, pdf or file; {@code html} a Markdown
     * document's text; {@code href} the published file (PDF or other); {@code about} e.g. "PDF, 2 pages";
     * {@code pages} a PDF's pages to print in the pack; {@code exempt} marks it in the members' build;
     * {@code untagged} is true for a PDF that was not tagged at source (the pack then makes no PDF/UA claim).
     */
    public record DocumentView(String title, String kind, String anchor, String page, String html, String href,
            String about, List<PrintedPageView> pages, String exempt, boolean untagged) {
    }

    /** One page of an attached PDF, as the pack prints it: a figure whose alternative text is the page's text. */
    public record PrintedPageView(String src, int number, String alt) {
    }

    /**
     * A paper appended to an item: {@code html} is its printed body for the reports pack, {@code href} its web
     * page, {@code cases} its cases' anchors for bookmarks.
     */
    public record AppendixView(String label, String title, String anchor, String page, String href, String html,
            List<LinkView> cases) {
    }

    /** Where a paper or case is printed in a pack, for its web page: e.g. "Business Cases, section 4a, page 9". */
    public record PrintRefView(String text, String href) {
    }

    /** A kind of page in the search page's plain listing, e.g. every meeting; {@code entries} link to each. */
    public record SearchGroupView(String id, String heading, List<SearchIndex.Entry> entries) {
    }

    /**
     * The facts of the accessibility statement, defaults filled in. {@code compliance} is full, partial or not;
     * {@code enforcer} names the body that enforces the regulations where the council is (EHRC, or ECNI in
     * Northern Ireland), {@code enforcerHref} its advice service. Contact fields may be null.
     */
    public record AccessibilityView(String contact, String contactHref, String phone, String phoneHref,
            String compliance, String enforcer, String enforcerHref, List<String> nonAccessible, String prepared,
            String lastReviewed) {
    }
}
