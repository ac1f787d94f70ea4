package org.committeepapers.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.compute.ComputedCommittee;
import org.committeepapers.compute.ComputedMeeting;
import org.committeepapers.compute.ComputedPack;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.compute.SiteDate;
import org.committeepapers.model.Committee;
import org.committeepapers.model.Exempt;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Site;
import org.committeepapers.problem.Problems;

/**
 * The render stage: computed content to HTML pages, through the templates. Produces a map from output path
 * (relative to the site folder) to bytes; writing it anywhere is the publish stage's job.
 *
 * <pre>
 * index.html                      committees, their papers and meetings, and the packs
 * &lt;paper&gt;/index.html              the whole appendix
 * &lt;paper&gt;/&lt;proposal&gt;.html         one business case
 * committees/&lt;committee&gt;.html      a committee's papers, meetings and summary
 * meetings/&lt;meeting&gt;.html          an agenda, with the reports pack's page numbers
 * packs/&lt;pack&gt;.html                a pack's index and summary, with its page numbers
 * calendar/&lt;committee&gt;.ics, calendar/all-meetings.ics   meetings as iCalendar (RFC 5545)
 * search.html, search/index.json  search over every paper, case and meeting, built from the pages themselves
 * accessibility.html              the accessibility statement
 * assets/style.css
 * </pre>
 *
 * <p>Packs and reports packs are printed before the web pages that quote their page numbers: a
 * {@link Session} first gives their print HTML ({@link Session#documents()}), then takes their layout
 * ({@link Session#laidOut}) before rendering pages.
 */
public final class SiteRenderer {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TemplateEngine templates;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public SiteRenderer(TemplateEngine templates) {
        this.templates = templates;
    }


    /** Where a pack's PDF is published, relative to the site folder. */
    public static String pdfPath(ComputedPack pack) {
        return PackViews.packPdfPath(pack);
    }

    /** Where a paper's PDF is published, relative to the site folder. */
    public static String pdfPath(Paper paper) {
        return paper.slug() + "/" + paper.slug() + ".pdf";
    }

    /**
     * Starts rendering {@code computed}; views are built once and shared by the pages and the print version.
     * Problems found in the Markdown while rendering (headings out of order, images) go to {@code problems}.
     */
    public Session begin(ComputedSite computed, Problems problems) {
        return begin(computed, problems, false, System.getenv("SOURCE_DATE_EPOCH"));
    }

    /**
     * As {@link #begin(ComputedSite, Problems)}; {@code members} marks every page of a members' build, and
     * {@code sourceDateEpoch} (or the sources) decides which meetings are upcoming (see {@link SiteDate}).
     */
    public Session begin(ComputedSite computed, Problems problems, boolean members, String sourceDateEpoch) {
        return new Session(computed, problems, members ? Exempt.MARK : "",
                SiteDate.of(computed.site(), sourceDateEpoch));
    }

    /**
     * One rendering of a site. {@link #printHtml(List)} comes first so PDFs can be printed while the web pages
     * render on another core.
     */
    public final class Session {
        private final ComputedSite computed;
        private final PageBuilder pages;
        private final Map<String, Views.PaperView> appendixViews = new LinkedHashMap<>();
        private final Map<String, Views.PaperView> packPartViews = new LinkedHashMap<>();
        private final PackViews packViews;
        private final Map<String, PackViews.Layout> layouts = new LinkedHashMap<>();
        private final PackPageReferences refs = new PackPageReferences();
        /** The type, size and pages of each published document, once printed; see {@link #printed}. */
        private final Map<String, FileFacts> printedFiles = new java.util.concurrent.ConcurrentHashMap<>();
        private final PublicViews publicViews;
        private final MeetingViews meetingViews;

        private Session(ComputedSite computed, Problems problems, String restricted, SiteDate today) {
            this.computed = computed;
            NumberFormatter numbers = new NumberFormatter(computed.site().format());
            this.publicViews = new PublicViews(computed, today, this::facts, new TextPrinter(numbers));
            this.pages = new PageBuilder(computed.site(), numbers, problems, restricted, publicViews);
            this.packViews = new PackViews(templates, numbers, markdown, computed.site(), this::packPartView, restricted);
            this.meetingViews = new MeetingViews(templates, numbers, markdown, computed.site(), this::packPartView, restricted,
                    problems);
        }

        private synchronized Views.PaperView packPartView(ComputedPaper paper) {
            return packPartViews.computeIfAbsent(paper.paper().slug(), slug -> pages.paperView(paper, 3, "", false));
        }

        /** Where every pack and meeting reports pack is published, without rendering them. */
        public List<String> documentPaths() {
            List<String> paths = new ArrayList<>();
            computed.packs().forEach(pack -> paths.add(PackViews.packPdfPath(pack)));
            computed.meetings().forEach(meeting -> {
                paths.add(MeetingViews.pdfPath(meeting));
                meeting.supplements().forEach(s -> paths.add(MeetingViews.supplementPdfPath(meeting, s.supplement().number())));
            });
            return paths;
        }

        /** The print HTML of the pack or reports pack published at {@code path} (one of {@link #documentPaths()}). */
        public PrintDocument document(String path) {
            return draft(path).render();
        }

        /** The pack or reports pack published at {@code path}, before its template renders it. */
        public PrintDocument.Draft draft(String path) {
            String css = new String(templates.resource("print.css"), StandardCharsets.UTF_8);
            Views.SiteView top = pages.siteView(computed, "");
            for (ComputedPack pack : computed.packs()) {
                if (PackViews.packPdfPath(pack).equals(path)) {
                    Views.PackView view = packViews.pack(pack, "", true, null, null);
                    return new PrintDocument.Draft(templates, "pack-print.ftlh", top, view, css, PackViews.anchors(view),
                            pack.pack().date());
                }
            }
            for (ComputedMeeting meeting : computed.meetings()) {
                Views.MeetingView view = null;
                LocalDate date = meeting.meeting().date();
                if (MeetingViews.pdfPath(meeting).equals(path)) {
                    view = meetingViews.meeting(meeting, "", true, p -> null, null);
                }
                for (ComputedMeeting.Supplement s : meeting.supplements()) {
                    if (MeetingViews.supplementPdfPath(meeting, s.supplement().number()).equals(path)) {
                        view = meetingViews.supplement(meeting, s, "", true, null);
                        date = s.supplement().date();
                    }
                }
                if (view != null) {
                    return new PrintDocument.Draft(templates, "meeting-print.ftlh", top, view, css,
                            PackViews.anchors(view), date);
                }
            }
            throw new IllegalArgumentException("no pack or reports pack is published at " + path);
        }

        /** The print HTML of every pack and meeting reports pack, by output path. */
        public Map<String, PrintDocument> documents() {
            Map<String, PrintDocument> out = new LinkedHashMap<>();
            documentPaths().forEach(path -> out.put(path, document(path)));
            return out;
        }

        /**
         * Takes where the anchors of the document at {@code path} landed, once printed. Pages rendered after
         * every document is laid out quote those pages.
         */
        public void laidOut(String path, Map<String, Integer> anchorPages, int pageCount) {
            String template = path.startsWith("packs/") ? "pack-print.ftlh" : "meeting-print.ftlh";
            PackViews.Layout layout = new PackViews.Layout(template, anchorPages, pageCount);
            synchronized (this) {
                layouts.put(path, layout);
            }
            for (ComputedPack pack : computed.packs()) {
                if (PackViews.packPdfPath(pack).equals(path)) {
                    packViews.pack(pack, "../", false, layout, refs);
                }
            }
            for (ComputedMeeting meeting : computed.meetings()) {
                if (MeetingViews.pdfPath(meeting).equals(path)) {
                    meetingViews.meeting(meeting, "../", false, p -> p.equals(path) ? layout : null, refs);
                }
            }
        }

        /**
         * Takes the bytes of a document published at {@code path} (a PDF), so that every link to it says its
         * type, size and pages. Pages rendered after this quote them; without it (the preview) links say "PDF".
         */
        public void printed(String path, byte[] bytes) {
            printedFiles.put(path, FileFacts.of(path, bytes));
        }

        /** What the file at {@code path} is, e.g. "PDF, 216 KB, 22 pages", or only its type before it is printed. */
        public String facts(String path) {
            FileFacts facts = printedFiles.get(path);
            return facts == null ? FileFacts.typeOf(path) : facts.text();
        }

        /** The calendars, search and accessibility statement: see {@link PublicPages}. */
        public Map<String, byte[]> publicPages(Map<String, byte[]> pagesSoFar) {
            return new PublicPages(templates, computed, publicViews, pages.siteView(computed, "")).make(pagesSoFar);
        }

        /**
         * Everything a paper's pages quote from the printed packs and its own PDF's facts, for the cache key of
         * those pages.
         */
        public String printReferences(ComputedPaper paper) {
            StringBuilder text = new StringBuilder(facts(pdfPath(paper.paper()))).append('\n');
            refs.ofPaper(paper.paper().slug()).forEach(r -> text.append(r).append('\n'));
            paper.paper().proposals().forEach(p -> refs.ofProposal(paper.paper().slug(), p.slug())
                    .forEach(r -> text.append(r).append('\n')));
            return text.toString();
        }

        private synchronized Views.PaperView appendixView(ComputedPaper paper) {
            return appendixViews.computeIfAbsent(paper.paper().slug(), slug -> pages.paperView(paper, 2, "", true));
        }

        /** The print version of each of {@code papers}, by slug, ready for the print stage. */
        public Map<String, String> printHtml(List<ComputedPaper> papers) {
            String css = new String(templates.resource("print.css"), StandardCharsets.UTF_8);
            Views.SiteView top = pages.siteView(computed, "");
            Map<String, String> out = new LinkedHashMap<>();
            for (ComputedPaper paper : papers) {
                out.put(paper.paper().slug(), templates.render("print.ftlh",
                        Map.of("site", top, "paper", appendixView(paper), "css", css)));
            }
            return out;
        }

        /**
         * What the pages are told about the whole site (its committees, papers, meetings, packs and date), as
         * text: a paper's pages and print HTML are made from this, the paper and the templates alone.
         */
        public String siteViewText() {
            return pages.siteView(computed, "") + "\n" + pages.siteView(computed, "../");
        }

        /** The pages of one paper: its appendix page and a page per business case. */
        public Map<String, byte[]> paperPages(ComputedPaper paper) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Views.SiteView below = pages.siteView(computed, "../");
            String dir = paper.paper().slug() + "/";
            String slug = paper.paper().slug();
            files.put(dir + "index.html", page("paper.ftlh", Map.of("site", below, "paper", appendixView(paper),
                    "inPrint", refs.ofPaper(slug), "pdfFacts", facts(pdfPath(paper.paper())))));
            Views.PaperView standalone = pages.paperView(paper, 1, "index.html", false);
            for (Views.ProposalView proposal : standalone.proposals()) {
                files.put(dir + proposal.slug() + ".html", page("proposal.ftlh", Map.of(
                        "site", below, "paper", standalone, "proposal", proposal,
                        "inPrint", refs.ofProposal(slug, proposal.slug()))));
            }
            return files;
        }

        /** Where a printed document's anchors landed; null when it has not been printed (a preview). */
        private synchronized PackViews.Layout layout(String path) {
            return layouts.get(path);
        }

        /** The pages about the whole site: the index, the committee pages and the style sheet. */
        public Map<String, byte[]> sitePages() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Views.SiteView below = pages.siteView(computed, "../");
            files.put("index.html", page("index.ftlh", Map.of("site", pages.siteView(computed, ""))));
            for (Views.CommitteeView committee : below.committees()) {
                files.put("committees/" + committee.id() + ".html",
                        page("committee.ftlh", Map.of("site", below, "committee", committee)));
            }
            for (ComputedPack pack : computed.packs()) {
                files.put(PackViews.packPath(pack), page("pack.ftlh", Map.of("site", below,
                        "pack", packViews.pack(pack, "../", false, layout(PackViews.packPdfPath(pack)), null),
                        "pdfFacts", facts(PackViews.packPdfPath(pack)))));
            }
            for (ComputedMeeting meeting : computed.meetings()) {
                Views.MeetingView view = meetingViews.meeting(meeting, "../", false, this::layout, null);
                files.put(MeetingViews.path(meeting), page("meeting.ftlh", Map.of("site", below, "meeting", view,
                        "pdfFacts", facts(MeetingViews.pdfPath(meeting)), "supplementFacts", meeting.supplements().stream()
                                .map(s -> facts(MeetingViews.supplementPdfPath(meeting, s.supplement().number()))).toList())));
                String minutes = meetingViews.minutesHtml(meeting);
                if (minutes != null) {
                    files.put(MeetingViews.minutesPath(meeting), page("minutes.ftlh", Map.of("site", below,
                            "meeting", view, "minutesHtml", minutes)));
                }
                files.putAll(meetingViews.files(meeting));
            }
            files.put("assets/style.css", templates.resource("style.css"));
            return files;
        }
    }

    private byte[] page(String template, Map<String, Object> model) {
        return templates.render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** Builds the view records for one site; holds the formatter and Markdown renderer they share. */
    private final class PageBuilder {
        private final Site site;
        private final NumberFormatter numbers;
        private final TableViews tables;
        private final NarrativeRenderer narratives;
        private final TextPrinter texts;
        private final Problems problems;
        private final PublicViews publicViews;
        private final String restricted;

        PageBuilder(Site site, NumberFormatter numbers, Problems problems, String restricted, PublicViews publicViews) {
            this.restricted = restricted;
            this.site = site;
            this.publicViews = publicViews;
            this.problems = problems;
            this.numbers = numbers;
            this.tables = new TableViews(numbers, site.format());
            this.narratives = new NarrativeRenderer(markdown, numbers);
            this.texts = new TextPrinter(numbers);
        }

        Views.SiteView siteView(ComputedSite computed, String root) {
            List<Views.CommitteeView> committees = new ArrayList<>();
            for (Committee committee : site.committees()) {
                List<Views.PaperLinkView> papers = computed.papers().stream().map(ComputedPaper::paper)
                        .filter(p -> p.committeeId().equals(committee.id()))
                        .map(p -> new Views.PaperLinkView(p.title(), p.appendixLabel(), longDate(p.meetingDate()),
                                root + p.slug() + "/index.html", root + pdfPath(p), publicViews.facts(pdfPath(p))))
                        .toList();
                ComputedCommittee totals = computed.committees().stream()
                        .filter(c -> c.committeeId().equals(committee.id())).findFirst().orElseThrow();
                committees.add(new Views.CommitteeView(committee.id(), committee.name(),
                        root + "committees/" + committee.id() + ".html", papers,
                        publicViews.all(committee.id(), root),
                        SummaryTables.committee(numbers, totals, root),
                        publicViews.upcoming(committee.id(), root), publicViews.past(committee.id(), root),
                        PublicViews.members(committee), PublicViews.clerk(committee),
                        root + PublicViews.calendarPath(committee.id())));
            }
            List<Views.PackLinkView> packs = computed.packs().stream()
                    .map(p -> new Views.PackLinkView(p.pack().title(), longDate(p.pack().date()),
                            root + PackViews.packPath(p), root + PackViews.packPdfPath(p),
                            publicViews.facts(PackViews.packPdfPath(p))))
                    .toList();
            return new Views.SiteView(site.council(), site.title(), site.language(), root, committees, packs,
                    publicViews.upcoming(null, root), longDate(publicViews.today().date()),
                    root + PublicViews.calendarPath(null), restricted);
        }

        /**
         * @param level       heading level of each proposal's title: 2 inside the appendix, 1 on its own page
         * @param summaryPage where summary rows link to: "" for anchors in this page, else the appendix page
         * @param check       whether to report problems in the Markdown (done once, on one of the renderings)
         */
        Views.PaperView paperView(ComputedPaper computed, int level, String summaryPage, boolean check) {
            Paper paper = computed.paper();
            // Proposals are independent, so their Markdown is rendered on every core; order is kept.
            List<Views.ProposalView> proposals = computed.proposals().parallelStream()
                    .map(proposal -> proposalView(proposal, level, check)).toList();
            return new Views.PaperView(paper.slug(), paper.slug() + ".pdf",
                    paper.council() != null ? paper.council() : site.council(), paper.title(), paper.appendixLabel(),
                    site.committee(paper.committeeId()).name(), longDate(paper.meetingDate()),
                    markdown.render(markdown.parse(texts.print(paper.introduction(), computed.textFigures())), level + 1),
                    SummaryTables.ofPaper(numbers, computed, proposals, summaryPage, restricted), proposals,
                    RoundingNotes.withProse(paper.notes().stream().map(note -> texts.print(note, computed.textFigures()))
                            .toList(), computed.textFigures()),
                    computed.corrections().stream().map(texts::correction).toList(),
                    computed.proposals().stream().flatMap(p -> p.corrections().stream()
                            .map(c -> p.proposal().shortTitle() + ". " + texts.correction(c))).toList());
        }

        /** With {@code check}, the narrative's Markdown is also checked; one of the renderings does it. */
        private Views.ProposalView proposalView(ComputedProposal computed, int level, boolean check) {
            return new ProposalViews(templates, markdown, narratives, tables, numbers, computed, level,
                    check ? problems : null).view();
        }
    }
}
