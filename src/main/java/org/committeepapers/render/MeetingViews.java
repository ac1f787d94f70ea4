package org.committeepapers.render;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.committeepapers.compute.ComputedMeeting;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.names.Slugs;
import org.committeepapers.model.Attachment;
import org.committeepapers.model.Exempt;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Site;
import org.committeepapers.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Builds the views of a meeting: its agenda page, its reports pack and those of its supplementary agendas, and
 * the files it publishes (PDFs and other documents for download, the images in its reports).
 *
 * <p>Anchors in a reports pack: {@code item-<n>} for an item, {@code item<n>-doc<m>} for its m-th document, and
 * {@code item<n>-app<m>-…} for everything in its m-th appendix paper.
 */
final class MeetingViews {
    private final TemplateEngine templates;
    private final MarkdownRenderer markdown;
    private final Site site;
    private final Function<ComputedPaper, Views.PaperView> printView;
    private final String restricted;
    private final Problems problems;
    private final TextPrinter texts;
    /** Warnings already given, as the same agenda is rendered for the pack's layout and for its page. */
    private final java.util.Set<String> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param restricted the members' build marking, or "" for the public build */
    MeetingViews(TemplateEngine templates, NumberFormatter numbers, MarkdownRenderer markdown, Site site,
            Function<ComputedPaper, Views.PaperView> printView, String restricted, Problems problems) {
        this.texts = new TextPrinter(numbers);
        this.templates = templates;
        this.markdown = markdown;
        this.site = site;
        this.printView = printView;
        this.restricted = restricted;
        this.problems = problems;
    }

    static String path(ComputedMeeting meeting) {
        return "meetings/" + meeting.meeting().slug() + ".html";
    }

    static String pdfPath(ComputedMeeting meeting) {
        return "meetings/" + meeting.meeting().slug() + "-reports-pack.pdf";
    }

    static String supplementPdfPath(ComputedMeeting meeting, int number) {
        return "meetings/" + meeting.meeting().slug() + "-supplement-" + number + ".pdf";
    }

    static String minutesPath(ComputedMeeting meeting) {
        return "meetings/" + meeting.meeting().slug() + "-minutes.html";
    }

    /** Where a file of the meeting's folder is published: a safe name, in a folder of the meeting's own. */
    static String filePath(Meeting meeting, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        String extension = dot < 0 ? "" : "." + fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return "meetings/" + meeting.slug() + "/" + Slugs.of(base) + extension;
    }

    /** Every file the meeting publishes besides its pages and packs: documents for download and report images. */
    Map<String, byte[]> files(ComputedMeeting computed) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Attachment document : computed.meeting().allDocuments()) {
            if (document.bytes() != null) {
                files.put(filePath(computed.meeting(), document.fileName()), document.bytes());
            }
            document.images().values().forEach(image -> files.put(filePath(computed.meeting(), image.address()), image.bytes()));
        }
        return files;
    }

    /**
     * The agenda (with its supplements) for the web page, or for the reports pack when {@code print}.
     *
     * @param layouts where each printed pack's anchors landed, by its path (null entries while printing)
     * @param upcoming whether the meeting is yet to take place
     */
    Views.MeetingView meeting(ComputedMeeting computed, String root, boolean print, Function<String, PackViews.Layout> layouts,
            PackPageReferences refs) {
        String pdf = pdfPath(computed);
        List<Views.MeetingView> supplements = new ArrayList<>();
        for (ComputedMeeting.Supplement supplement : computed.supplements()) {
            supplements.add(supplement(computed, supplement, root, print, layouts.apply(
                    supplementPdfPath(computed, supplement.supplement().number()))));
        }
        return view(computed, computed.items(), root, pdf, print, layouts.apply(pdf), refs, "", "", supplements);
    }

    /** The supplementary agenda {@code supplement} of the meeting, as its own reports pack. */
    Views.MeetingView supplement(ComputedMeeting computed, ComputedMeeting.Supplement supplement, String root,
            boolean print, PackViews.Layout layout) {
        Meeting.Supplement s = supplement.supplement();
        return view(computed, supplement.items(), root, supplementPdfPath(computed, s.number()), print, layout, null,
                texts.print(s.title(), computed.textFigures()), SiteRenderer.longDate(s.date()), List.of());
    }

    private Views.MeetingView view(ComputedMeeting computed, List<ComputedMeeting.Item> agenda, String root, String pdfPath,
            boolean print, PackViews.Layout layout, PackPageReferences refs, String supplement, String published,
            List<Views.MeetingView> supplements) {
        Meeting meeting = computed.meeting();
        String committee = site.committee(meeting.committeeId()).name();
        String date = SiteRenderer.longDate(meeting.date());
        String pdf = root + pdfPath;
        String where = (supplement.isEmpty() ? "Reports pack" : supplement) + " for the " + committee + ", " + date;
        List<Views.ItemView> items = new ArrayList<>();
        for (ComputedMeeting.Item item : agenda) {
            int number = item.item().number();
            List<Views.DocumentView> documents = new ArrayList<>();
            for (int i = 0; i < item.item().documents().size(); i++) {
                Attachment document = item.item().documents().get(i);
                String anchor = document.kind() == Attachment.Kind.OTHER ? null : "item" + number + "-doc" + (i + 1);
                documents.add(document(computed, document, anchor, root, print, layout));
            }
            List<Views.AppendixView> appendices = new ArrayList<>();
            for (int i = 0; i < item.appendices().size(); i++) {
                ComputedPaper paper = item.appendices().get(i);
                String prefix = "item" + number + "-app" + (i + 1) + "-";
                String body = print ? IdPrefixer.namespace(templates.render("print-appendix.ftlh",
                        Map.of("paper", printView.apply(paper))), prefix) : null;
                List<Views.LinkView> cases = paper.paper().proposals().stream()
                        .map(p -> new Views.LinkView(p.title(), prefix + ProposalViews.anchor(p))).toList();
                String anchor = prefix + "appendix";
                String page = layout == null ? "" : layout.page(anchor);
                Paper source = paper.paper();
                appendices.add(new Views.AppendixView(source.appendixLabel(), source.title(), anchor, page,
                        root + source.slug() + "/index.html", body, cases));
                if (refs != null && layout != null) {
                    refs.paper(source.slug(), where + ": item " + number + ", page " + page, pdf + "#page=" + page);
                    for (int c = 0; c < cases.size(); c++) {
                        String casePage = layout.page(cases.get(c).anchor());
                        refs.proposal(source.slug(), source.proposals().get(c).slug(), where + ": item " + number
                                + ", page " + casePage, pdf + "#page=" + casePage);
                    }
                }
            }
            List<String> notices = item.withheld().stream().map(w -> w.label() + ": " + w.exempt().notice()).toList();
            boolean printed = documents.stream().anyMatch(d -> d.anchor() != null) || !appendices.isEmpty()
                    || !notices.isEmpty();
            String anchor = printed ? "item-" + number : null;
            String decision = item.item().decision() == null ? null
                    : markdown.renderInline(texts.print(item.item().decision(), computed.textFigures()));
            items.add(new Views.ItemView(number, texts.print(item.item().title(), computed.textFigures()), anchor,
                    printed && layout != null ? layout.page(anchor) : "", List.copyOf(documents), List.copyOf(appendices),
                    notices, decision, mark(item.item().exempt())));
        }
        return new Views.MeetingView(meeting.slug(), committee + ", " + date, committee,
                root + "committees/" + meeting.committeeId() + ".html", date, meeting.time(),
                texts.print(meeting.venue(), computed.textFigures()),
                markdown.renderSection(texts.print(meeting.introduction(), computed.textFigures()), 2), root + path(computed), pdf,
                layout == null ? "" : String.valueOf(layout.pageCount()), List.copyOf(items), supplement, published,
                minutes(site, computed, root), supplements);
    }

    private Views.DocumentView document(ComputedMeeting computed, Attachment document, String anchor, String root,
            boolean print, PackViews.Layout layout) {
        Meeting meeting = computed.meeting();
        String page = layout == null || anchor == null ? "" : layout.page(anchor);
        String href = document.bytes() == null ? null : root + filePath(meeting, document.fileName());
        String exempt = mark(document.exempt());
        return switch (document.kind()) {
            case MARKDOWN -> new Views.DocumentView(document.title(), "markdown", anchor, page,
                    html(computed, document, root, print, print ? 4 : 3), null, "", List.of(), exempt, false);
            case PDF -> {
                Attachment.AttachedPdf pdf = document.pdf();
                List<Views.PrintedPageView> pages = new ArrayList<>();
                if (print) {
                    String src = "data:application/pdf;base64," + Base64.getEncoder().encodeToString(pdf.printable());
                    for (int p = 1; p <= pdf.pageCount(); p++) {
                        String text = pdf.pageTexts().get(p - 1);
                        pages.add(new Views.PrintedPageView(src, p, "Page " + p + " of " + pdf.pageCount() + " of "
                                + document.title() + (text.isEmpty() ? ": a page without text" : ": " + text)));
                    }
                }
                yield new Views.DocumentView(document.title(), "pdf", anchor, page, null, href,
                        "PDF, " + pdf.pageCount() + (pdf.pageCount() == 1 ? " page" : " pages"), List.copyOf(pages), exempt,
                        !pdf.tagged());
            }
            case OTHER -> new Views.DocumentView(document.title(), "file", null, "", null, href,
                    AttachmentKinds.describe(document.fileName(), document.bytes().length), List.of(), exempt, false);
        };
    }

    /**
     * A Markdown document as HTML, each image pointing at its published copy (web) or carried in the page (print).
     * Anything the cleaner removes is reported as a warning at its line.
     */
    private String html(ComputedMeeting computed, Attachment document, String root, boolean print, int topLevel) {
        Meeting meeting = computed.meeting();
        if (problems != null) {
            for (MarkdownRenderer.Removal removal : MarkdownRenderer.removals(markdown.parse(document.source().text()))) {
                if (!reported.add(document.fileName() + ":" + removal.line() + ":" + removal.what())) {
                    continue;
                }
                problems.warning(document.source().at(removal.line() + 1, 1), "the document's raw HTML has "
                        + removal.what() + ", which is removed for safety", "write it in Markdown instead; images as "
                        + "![what it shows](file.png)");
            }
        }
        String html = markdown.renderDocument(texts.print(document.text(), computed.textFigures()), topLevel);
        if (!html.contains("<img")) {
            return html;
        }
        org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(html);
        page.outputSettings().prettyPrint(false).escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
        for (Element img : page.body().select("img")) {
            Attachment.Image image = document.images().get(img.attr("src"));
            if (image == null) {
                img.remove();
                continue;
            }
            img.attr("alt", image.alt());
            img.attr("src", print ? "data:image/" + image.type() + ";base64,"
                    + Base64.getEncoder().encodeToString(image.bytes()) : root + filePath(meeting, image.address()));
        }
        return page.body().html();
    }

    private static Views.MinutesView minutes(Site site, ComputedMeeting computed, String root) {
        Meeting.Minutes minutes = computed.meeting().minutes();
        if (minutes == null) {
            return null;
        }
        Attachment document = minutes.document();
        String href = document.kind() == Attachment.Kind.MARKDOWN ? root + minutesPath(computed)
                : root + filePath(computed.meeting(), document.fileName());
        if (!minutes.approved()) {
            return new Views.MinutesView("Draft minutes, to be approved at the next meeting", href, null, false);
        }
        Meeting at = site.meetings().stream().filter(m -> m.slug().equals(minutes.approvedAt())).findFirst().orElseThrow();
        return new Views.MinutesView("Minutes, approved at the meeting of " + SiteRenderer.longDate(at.date()), href,
                root + "meetings/" + at.slug() + ".html", true);
    }

    /** The minutes as a committee page lists them, or null before they are written. */
    static Views.MinutesView minutesLink(Site site, ComputedMeeting computed, String root) {
        return minutes(site, computed, root);
    }

    /** The minutes' text as HTML, for their own page; null when the minutes are not Markdown. */
    String minutesHtml(ComputedMeeting computed) {
        Meeting.Minutes minutes = computed.meeting().minutes();
        if (minutes == null || minutes.document().kind() != Attachment.Kind.MARKDOWN) {
            return null;
        }
        return html(computed, minutes.document(), "../", false, 2);
    }

    private String mark(Exempt exempt) {
        return exempt == null || restricted.isEmpty() ? "" : Exempt.MARK + ": paragraph " + exempt.paragraph()
                + " of Part 1 of Schedule 12A of the Local Government Act 1972 (" + exempt.description() + ")";
    }
}
