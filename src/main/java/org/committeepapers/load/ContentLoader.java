package org.committeepapers.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.committeepapers.model.Category;
import org.committeepapers.model.Committee;
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.PublicInfo;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.FormatPolicy;
import org.committeepapers.model.Meeting;
import org.committeepapers.model.Pack;
import org.committeepapers.model.NegativeStyle;
import org.committeepapers.model.Paper;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.Site;
import org.committeepapers.model.Text;
import org.committeepapers.model.YearStyle;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.names.Slugs;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SafeFiles;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Reads a content folder into a {@link Site}:
 * <pre>
 * content/site.yaml                       the organisation and its format policy
 * content/papers/&lt;paper&gt;/paper.yaml       one appendix: title, committee, years, order of proposals
 * content/papers/&lt;paper&gt;/&lt;proposal&gt;.md   one business case each
 * content/meetings/&lt;meeting&gt;/meeting.yaml  a meeting's agenda, and the reports its items carry (.md)
 * content/packs/&lt;pack&gt;.yaml               a printed pack of cases across committees
 * </pre>
 * Every problem found is reported. The site returned holds what could be read, so that the compute stage
 * can report its own problems in the same run; it is empty only when site.yaml itself is unusable.
 */
public final class ContentLoader {
    /** The content folder: every file read must lie inside it (see SafeFiles). */
    private Path root;
    private final YamlReader yaml;
    private final boolean drafts;
    private final PdfMemory pdfs;
    /** Papers marked {@code draft: true} that this loader left out. */
    private final java.util.Set<String> draftsLeftOut = new java.util.TreeSet<>();

    /** A loader that tells {@code schemas} (when not null) every key it reads, to write the JSON Schemas. */
    public ContentLoader(SchemaRecorder schemas) {
        this(schemas, true);
    }

    /** @param drafts whether papers marked {@code draft: true} are read; a build leaves them out */
    public ContentLoader(SchemaRecorder schemas, boolean drafts) {
        this(schemas, drafts, null);
    }

    /** @param pdfs the PDFs earlier loads prepared (the preview's, between saves), or null to prepare each one */
    public ContentLoader(SchemaRecorder schemas, boolean drafts, PdfMemory pdfs) {
        this(schemas, drafts, pdfs, null);
    }

    /** @param parses what earlier loads parsed (the preview's, between saves), or null to keep them for this load only */
    public ContentLoader(SchemaRecorder schemas, boolean drafts, PdfMemory pdfs, ParseMemory parses) {
        this.yaml = new YamlReader(schemas, parses);
        this.drafts = drafts;
        this.pdfs = pdfs;
    }

    public Optional<Site> load(Path content, Problems problems) {
        root = content;
        Path siteFile = content.resolve("site.yaml");
        if (!Files.exists(siteFile, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(SourceFile.of(siteFile, "").start(), "there is no site.yaml in " + content,
                    "run from the folder that holds content/, or pass --content DIR");
            return Optional.empty();
        }
        Optional<SiteSettings> settings = SourceReader.read(siteFile, root, problems, yaml.memory()).flatMap(f -> readSite(f, problems));
        List<Paper> papers = new ArrayList<>();
        Path papersDir = content.resolve("papers");
        List<Path> paperDirs = folders(papersDir, problems);
        Map<String, Path> addresses = new HashMap<>();
        for (Path dir : paperDirs) {
            Slugs.checkAddress(dir.getFileName().toString(), "a paper folder", "", SourceFile.of(dir, "").start(), problems);
            // Web servers and Windows shares ignore case: two folders differing only in case share one address.
            Path other = addresses.putIfAbsent(dir.getFileName().toString().toLowerCase(Locale.ROOT), dir);
            if (other != null) {
                problems.error(SourceFile.of(dir, "").start(), "this paper would have the same web address as " + other,
                        "rename one of the two folders");
                problems.unloaded().paper(dir.getFileName().toString());
                continue;
            }
            // A paper that cannot be read is noted, so that what refers to it is not reported a second time.
            readPaper(dir, settings.map(SiteSettings::committees).orElse(null),
                    settings.map(SiteSettings::rules).orElse(FigureRules.DEFAULT), problems)
                    .ifPresentOrElse(papers::add, () -> {
                        if (!draftsLeftOut.contains(dir.getFileName().toString())) {
                            problems.unloaded().paper(dir.getFileName().toString()); // a draft is left out, not broken
                        }
                    });
        }
        List<String> committeeIds = settings.map(s -> s.committees.stream().map(Committee::id).toList()).orElse(null);
        List<Meeting> meetings = new ArrayList<>();
        MeetingReader meetingReader = new MeetingReader(yaml, root, pdfs);
        List<Path> meetingDirs = folders(content.resolve("meetings"), problems);
        for (Path dir : meetingDirs) {
            Slugs.checkAddress(dir.getFileName().toString(), "a meeting folder", "", SourceFile.of(dir, "").start(), problems);
            meetingReader.read(dir, committeeIds, problems).ifPresent(meetings::add);
        }
        // A site may publish only meetings (agendas and reports); with neither, there is nothing to build.
        if (paperDirs.isEmpty() && meetingDirs.isEmpty()) {
            problems.error(SourceFile.of(papersDir, "").start(), "there are no papers in " + papersDir
                    + " and no meetings in " + content.resolve("meetings"),
                    "add a folder with a paper.yaml and its proposals, or a meeting folder with its meeting.yaml");
        }
        List<Pack> packs = new ArrayList<>();
        PackReader packReader = new PackReader(yaml, root);
        for (Path file : children(content.resolve("packs"), p -> p.getFileName().toString().endsWith(".yaml"), problems)) {
            String name = file.getFileName().toString();
            Slugs.checkAddress(name.substring(0, name.length() - 5), "a pack file", ".yaml", SourceFile.of(file, "").start(),
                    problems);
            packReader.read(file, committeeIds, problems).ifPresent(packs::add);
        }
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        SiteSettings s = settings.get();
        CrossReferences references = new CrossReferences(s.committees, papers, draftsLeftOut, problems);
        return Optional.of(new Site(s.council, s.title, s.language, s.committees, s.format, List.copyOf(papers),
                references.meetings(meetings), references.packs(packs), s.rules, s.about));
    }

    private record SiteSettings(String council, String title, String language, List<Committee> committees,
            FormatPolicy format, FigureRules rules, PublicInfo about) {
    }

    private Optional<SiteSettings> readSite(SourceFile file, Problems problems) {
        Optional<Fields> maybe = yaml.read(file, file.text(), 1, problems)
                .flatMap(n -> yaml.fields(n, "site.yaml", problems));
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String council = f.requiredText("council", "Example County Council");
        String title = Optional.ofNullable(f.optionalText("site_title")).orElse("Committee papers");
        String language = Optional.ofNullable(f.optionalText("language")).orElse("en-GB");
        List<Committee> committees = f.mappings("committees", "a committee", PublicInfoReader::committee);
        if (committees.isEmpty() && f.node("committees").isEmpty()) {
            f.required("committees", "[ { id: adults-and-health, name: Adults and Health Committee } ]");
        }
        FormatPolicy format = f.node("format").flatMap(n -> f.nested(n, "'format'"))
                .map(ContentLoader::format).orElse(FormatPolicy.DEFAULT);
        FigureRules rules = FigureRulesReader.read(f);
        if (format.shownPositive().contains("*")) {
            format = new FormatPolicy(format.thousandsSeparator(), format.negative(), format.nil(), format.years(),
                    java.util.Set.copyOf(rules.categories().stream().filter(c -> c.sign() == Category.Sign.NEGATIVE)
                            .map(Category::name).toList()));
        }
        PublicInfo about = PublicInfoReader.read(f, problems);
        f.finish();
        return Optional.of(new SiteSettings(council, title, language, committees, format, rules, about));
    }

    private static FormatPolicy format(Fields f) {
        FormatPolicy d = FormatPolicy.DEFAULT;
        String separator = Optional.ofNullable(f.optionalText("thousands_separator")).orElse(d.thousandsSeparator());
        String nil = Optional.ofNullable(f.optionalText("nil")).orElse(d.nil());
        Map<String, NegativeStyle> negatives = new LinkedHashMap<>();
        for (NegativeStyle style : NegativeStyle.values()) {
            negatives.put(style.word(), style);
        }
        Map<String, YearStyle> years = new LinkedHashMap<>();
        for (YearStyle style : YearStyle.values()) {
            years.put(style.example(), style);
        }
        NegativeStyle negative = Optional.ofNullable(f.optionalChoice("negative", negatives.keySet()))
                .map(negatives::get).orElse(d.negative());
        YearStyle year = Optional.ofNullable(f.optionalChoice("year_label", years.keySet()))
                .map(years::get).orElse(d.years());
        boolean positive = "positive".equals(f.optionalChoice("savings_shown_as", List.of("negative", "positive")));
        f.finish();
        // "*" stands for every category whose sign is negative, known once the categories are read.
        return new FormatPolicy(separator, negative, nil, year, positive ? java.util.Set.of("*") : java.util.Set.of());
    }

    /** The papers of {@code content} marked {@code draft: true}, by folder name: what a build leaves out. */
    public static java.util.Set<String> drafts(Path content) {
        ContentLoader loader = new ContentLoader(null, false);
        loader.root = content;
        java.util.Set<String> drafts = new java.util.TreeSet<>();
        for (Path dir : children(content.resolve("papers"), Files::isDirectory, new Problems())) {
            if (Files.isRegularFile(dir.resolve("paper.yaml")) && loader.isDraft(dir.resolve("paper.yaml"))) {
                drafts.add(dir.getFileName().toString());
            }
        }
        return drafts;
    }

    /** Whether the paper.yaml says {@code draft: true}; read aside, so a left-out draft reports nothing. */
    private boolean isDraft(Path paperFile) {
        return yaml.readMapping(paperFile, root, "paper.yaml", new Problems()).flatMap(f -> f.node("draft"))
                .map(n -> n instanceof YamlNode.Scalar scalar && "true".equalsIgnoreCase(scalar.text().strip())).orElse(false);
    }

    private Optional<Paper> readPaper(Path dir, List<Committee> committees, FigureRules rules, Problems problems) {
        Path paperFile = dir.resolve("paper.yaml");
        if (!Files.exists(paperFile, LinkOption.NOFOLLOW_LINKS)) {
            problems.error(SourceFile.of(dir, "").start(), "the paper folder has no paper.yaml",
                    "add a paper.yaml (copy one from another paper), or move the folder out of papers/");
            return Optional.empty();
        }
        if (!drafts && isDraft(paperFile)) {
            draftsLeftOut.add(dir.getFileName().toString());
            problems.unloaded().draft(dir.getFileName().toString()); // so a figure of it is said to be a draft's
            return Optional.empty();
        }
        Optional<Fields> maybe = yaml.readMapping(paperFile, root, "paper.yaml", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        String title = f.requiredText("title", "Draft Business Cases for Adults and Health");
        String council = f.optionalText("council");
        String committee = f.requiredText("committee", "adults-and-health");
        if (committee != null && committees != null && committees.stream().noneMatch(c -> c.id().equals(committee))
                && !problems.unloaded().isCommittee(committee)) {
            problems.error(f.node("committee").orElseThrow().position(), "there is no committee '" + committee
                    + "' in site.yaml", DidYouMean.hint(committee, committees.stream().map(Committee::id).toList()));
        }
        var meetingDate = f.requiredDate("meeting_date");
        String appendix = f.requiredText("appendix", "Appendix 1");
        Text introduction = f.optionalFigureText("introduction");
        int before = problems.errorCount();
        List<FinancialYear> years = years(f);
        // With its years wrong, a paper's cases cannot be checked against them: each would repeat the error.
        boolean yearsRead = problems.errorCount() == before;
        if (!yearsRead) {
            problems.unloaded().yearsOf(dir.getFileName().toString());
            years = List.of();
        }
        Optional<Fields> summary = f.node("summary").flatMap(n -> f.nested(n, "'summary'"));
        String caption = summary.map(s -> s.optionalText("caption")).orElse(null);
        String total = summary.map(s -> s.optionalText("total")).orElse(null);
        boolean groupByCategory = summary.map(s -> s.optionalChoice("group_by", List.of("category")))
                .isPresent();
        summary.ifPresent(Fields::finish);
        List<Text> notes = f.figureTextList("notes");
        var corrections = Corrections.read(f);
        var expectations = Expectations.read(f);
        // draft: true keeps a paper out of builds (it is checked, and shown in the preview).
        f.node("draft").map(n -> java.util.Map.entry(n, Optional.ofNullable(f.text(n, "draft"))))
                .filter(e -> e.getValue().isPresent())
                .ifPresent(e -> f.choice(e.getKey(), e.getValue().get(), "draft", List.of("true", "false")));
        var exempt = ExemptReader.read(f);
        f.node("proposals");
        f.finish();
        // With the essentials in place the paper is kept even if it has other errors, so that its proposals
        // are read and computed and one run reports the mistakes in both.
        boolean usable = title != null && committee != null && meetingDate != null && appendix != null && yearsRead;
        Map<String, org.committeepapers.model.Exempt> exemptCases = new LinkedHashMap<>();
        List<Proposal> proposals = proposals(dir, f, years, rules, exemptCases, problems);
        if (!usable) {
            return Optional.empty();
        }
        return Optional.of(new Paper(dir.getFileName().toString(), f.position(), title, council, committee, meetingDate,
                appendix, introduction, years, caption == null ? "Summary of business cases" : caption, total,
                groupByCategory, proposals, notes, expectations, corrections, exempt,
                java.util.Collections.unmodifiableMap(exemptCases)));
    }

    private static List<FinancialYear> years(Fields f) {
        List<FinancialYear> years = new ArrayList<>();
        boolean afterAMistake = false;
        for (YamlNode item : f.list("years")) {
            String text = f.text(item, "years");
            Optional<FinancialYear> year = text == null ? Optional.empty() : FinancialYear.parse(text);
            if (year.isEmpty() && text != null) {
                f.problems().error(item.position(), "'" + text + "' is not a financial year",
                        "write years as 2024-25: the year it starts, a hyphen, and the last two digits of the next");
                afterAMistake = true;
            } else if (year.isPresent()) {
                // After a year that is not one, the next cannot be said to skip: that is the same mistake.
                if (!years.isEmpty() && !afterAMistake && year.get().startYear() != years.get(years.size() - 1).startYear() + 1) {
                    f.problems().error(item.position(), "the years must run one after another, but "
                            + year.get() + " follows " + years.get(years.size() - 1));
                }
                years.add(year.get());
                afterAMistake = false;
            }
        }
        return years;
    }

    /** The cases listed in {@code proposals:}; a case written {@code { case: x, exempt: { paragraph: 3 } }} goes into {@code exempt} too. */
    private List<Proposal> proposals(Path dir, Fields f, List<FinancialYear> years, FigureRules rules,
            Map<String, org.committeepapers.model.Exempt> exempt, Problems problems) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : children(dir, p -> p.getFileName().toString().endsWith(".md"), problems)) {
            String name = file.getFileName().toString();
            Slugs.checkAddress(name.substring(0, name.length() - 3), "a proposal file", ".md",
                    SourceFile.of(file, "").start(), problems);
            files.put(name.substring(0, name.length() - 3), file);
        }
        List<Proposal> proposals = new ArrayList<>();
        Map<String, SourcePosition> listed = new HashMap<>();
        List<YamlNode> items = f.list("proposals");
        if (items.isEmpty()) {
            f.required("proposals", "a list of the proposal file names, without .md");
        }
        for (YamlNode written : items) {
            YamlNode item = written;
            org.committeepapers.model.Exempt mark = null;
            if (written instanceof YamlNode.Mapping) {
                Fields entry = f.nested(written, "a listed case").orElseThrow();
                item = entry.required("case", "real-living-wage");
                mark = ExemptReader.read(entry);
                entry.finish();
                if (item == null) {
                    continue;
                }
            }
            String name = f.text(item, "proposals");
            if (name == null) {
                continue;
            }
            String slug = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
            SourcePosition earlier = listed.putIfAbsent(slug, item.position());
            if (earlier != null) {
                problems.error(item.position(), "the proposal '" + slug + "' is listed twice (first on line "
                        + earlier.line() + ")", "list each proposal once");
                continue;
            }
            if (mark != null) {
                exempt.put(slug, mark);
            }
            Path file = files.get(slug);
            String paper = dir.getFileName().toString();
            if (file == null) {
                problems.error(item.position(), "there is no proposal file " + slug + ".md in " + dir,
                        DidYouMean.hint(slug, files.keySet()));
                problems.unloaded().proposal(paper, slug);
                continue;
            }
            SourceReader.read(file, root, problems, yaml.memory())
                    .flatMap(source -> ProposalReader.read(source, slug, years, rules, yaml, problems))
                    .ifPresentOrElse(proposals::add, () -> problems.unloaded().proposal(paper, slug));
        }
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            if (!listed.containsKey(entry.getKey())) {
                problems.unloaded().proposal(dir.getFileName().toString(), entry.getKey());
                problems.error(SourceFile.of(entry.getValue(), "").start(), "this proposal is not listed in "
                        + "its paper, so it would never be published", "add '- " + entry.getKey()
                        + "' to 'proposals:' in paper.yaml, or move the file out of the paper's folder");
            }
        }
        return proposals;
    }

    /** Sub-folders of {@code dir} inside the content folder; a link leading out of it is reported and left out. */
    private List<Path> folders(Path dir, Problems problems) {
        List<Path> inside = new ArrayList<>();
        for (Path folder : children(dir, Files::isDirectory, problems)) {
            SafeFiles.Refusal refusal = SafeFiles.folderRefusal(folder, root, "the content folder");
            if (refusal == null) {
                inside.add(folder);
            } else {
                problems.error(SourceFile.of(folder, "").start(), refusal.message(), refusal.hint());
            }
        }
        return inside;
    }

    /** Entries of {@code dir} that pass {@code filter}, sorted by name so builds are repeatable. */
    private static List<Path> children(Path dir, java.util.function.Predicate<Path> filter, Problems problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(filter)
                    .sorted((a, b) -> a.getFileName().toString().toLowerCase(Locale.ROOT)
                            .compareTo(b.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .toList();
        } catch (IOException e) {
            problems.error(SourceFile.of(dir, "").start(), "cannot list the folder: " + e.getMessage());
            return List.of();
        }
    }
}
