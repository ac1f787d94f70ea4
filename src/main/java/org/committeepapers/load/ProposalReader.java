package org.committeepapers.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.committeepapers.model.Ambitions;
import org.committeepapers.model.Amount;
import org.committeepapers.model.Answer;
import org.committeepapers.model.BpReference;
import org.committeepapers.model.Category;
import org.committeepapers.model.DateOrText;
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.Expression;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.FinanceLine;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Header;
import org.committeepapers.model.Headline;
import org.committeepapers.model.Impacts;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;
import org.committeepapers.model.ProposalFormat;
import org.committeepapers.model.Rounding;
import org.committeepapers.model.Text;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.Excerpt;

/** Reads one proposal: a Markdown file whose YAML front matter holds every field and figure. */
final class ProposalReader {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");

    private ProposalReader() {
    }

    /** What a proposal's reading depends on besides its file's text: what {@link ParseMemory} keeps it under. */
    private record Read(String slug, List<FinancialYear> years, FigureRules rules, boolean yearsMissing) {
    }

    /**
     * Reads a proposal, or takes the one read before from the same text under the same paper's years and the
     * site's rules (the preview's save changes one file; the other proposals are not read again). A reader that
     * records the schemas reads every time, as recording is what it is for.
     */
    static Optional<Proposal> read(SourceFile file, String slug, List<FinancialYear> years, FigureRules rules,
            YamlReader yaml, Problems problems) {
        if (yaml.records()) {
            return readAfresh(file, slug, years, rules, yaml, problems);
        }
        Read what = new Read(slug, years, rules, years.isEmpty() && problems.unloaded().isMissingYears(paperOf(file)));
        return yaml.memory().remember(file, what, problems, p -> readAfresh(file, slug, years, rules, yaml, p));
    }

    private static Optional<Proposal> readAfresh(SourceFile file, String slug, List<FinancialYear> years, FigureRules rules,
            YamlReader yaml, Problems problems) {
        ParseMemory memory = yaml.memory();
        Optional<FrontMatter> split = memory.remember(file, FrontMatter.class, problems, p -> FrontMatter.split(file, p));
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<Fields> maybe = yaml.read(file, fm.yaml(), fm.yamlFirstLine(), problems)
                .flatMap(node -> yaml.fields(node, "the proposal's front matter", problems));
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        int errorsBefore = problems.errorCount();
        ProposalFormat format = format(f);
        if (format == null) {
            return Optional.empty();
        }
        f.describeAs("proposal " + format.sourceName());
        String title = f.requiredText("title", "The heading of the business case");
        String shortTitle = Optional.ofNullable(f.optionalText("short_title")).orElse(title);
        String category = category(f, rules);
        List<BpReference> references = new ArrayList<>();
        DateOrText date = null;
        Header header;
        switch (format) {
            case BUSINESS_CASE_2024 -> {
                if (years.isEmpty() && !problems.unloaded().isMissingYears(paperOf(file))) {
                    problems.error(f.position(), "a business-case-2024 proposal needs the paper's 'years:'",
                            "add 'years: [2024-25, 2025-26, ...]' to paper.yaml");
                }
                for (YamlNode item : f.list("bp_references")) {
                    Optional.ofNullable(f.text(item, "bp_references"))
                            .ifPresent(text -> references.add(new BpReference(text, item.position())));
                }
                if (references.isEmpty()) {
                    problems.error(f.position(), "the proposal is missing 'bp_references'",
                            "add a line 'bp_references: [B/R.6.001]'");
                }
                date = dateOrText(f, "date");
                header = businessCase2024(f, years.isEmpty() ? List.of() : years, rules);
            }
            case BUSINESS_CASE_2022 -> {
                date = dateOrText(f, "date");
                header = businessCase2022(f, references);
            }
            case PROJECT_BRIEF_2018 -> header = projectBrief2018(f, references);
            default -> header = new Header.SavingsSchedule();
        }
        Amount amount = amount(f, format);
        var expectations = Expectations.read(f);
        var corrections = Corrections.read(f);
        var tables = TableReader.read(f, rules);
        f.finish();
        Narrative narrative = new Narrative(file.at(fm.bodyFirstLine(), 1), List.of());
        List<Answer> answers = List.of();
        if (fm.body().isBlank()) {
            problems.error(file.at(fm.bodyFirstLine() - 1, 1), "the proposal has no text after its front matter",
                    format.sections().isEmpty() ? "write the summary / details of the proposal in Markdown after the closing '---'"
                            : "write the answers, each under a heading '# " + format.sections().get(0).key() + "' and so on");
        } else if (format.sections().isEmpty()) {
            narrative = memory.remember(file, fm, problems, p -> NarrativeParser.parse(file, fm.body(), fm.bodyFirstLine(), p));
        } else {
            Answers.Result read = memory.remember(file, List.of(format, fm), problems,
                    p -> Answers.read(file, fm.body(), fm.bodyFirstLine(), format, p));
            narrative = read.preamble();
            answers = read.answers();
        }
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(slug, file, format, title, shortTitle, category, amount, expectations,
                references, date, tables, header, narrative, answers, corrections));
    }

    /** The slug of the paper whose folder holds {@code file}. */
    private static String paperOf(SourceFile file) {
        java.nio.file.Path folder = file.path().toAbsolutePath().getParent();
        return folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
    }

    /** The category, by its name or an alias, as the site names it (so "Saving" is counted under Savings). */
    private static String category(Fields f, FigureRules rules) {
        YamlNode node = f.required("category", "Savings");
        String text = node == null ? null : f.text(node, "category");
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        rules.categories().forEach(c -> {
            words.add(c.name());
            words.addAll(c.aliases());
        });
        if (rules.category(text).isEmpty()) {
            return f.choice(node, text, "category", rules.categoryNames());
        }
        // The schema accepts every name and alias; the printed name is the category's own.
        f.choice(node, text.strip(), "category", words);
        return rules.category(text).get().name();
    }

    private static ProposalFormat format(Fields f) {
        f.declareChoices("template", ProposalFormat.names()); // absent: a business case in the 2024 format
        Optional<YamlNode> node = f.node("template");
        if (node.isEmpty()) {
            return ProposalFormat.BUSINESS_CASE_2024;
        }
        String text = f.text(node.get(), "template");
        if (text == null) {
            return null;
        }
        Optional<ProposalFormat> format = ProposalFormat.parse(text);
        if (format.isEmpty()) {
            f.problems().error(node.get().position(), "there is no template called '" + text + "'",
                    DidYouMean.hint(text, ProposalFormat.names()));
        }
        return format.orElse(null);
    }

    /** {@code amount: expression} or {@code amount: { figure: expression, round: nearest }}. */
    private static Amount amount(Fields f, ProposalFormat format) {
        f.declare("amount", "text"); // a figure's name, or a mapping { figure, round } as in every format
        f.declareMapping("amount", "amount");
        Optional<YamlNode> node = f.node("amount");
        if (node.isEmpty()) {
            String fallback = switch (format) {
                case BUSINESS_CASE_2024 -> "finance.total";
                case PROJECT_BRIEF_2018 -> "saving";
                default -> null;
            };
            if (fallback == null) {
                f.problems().error(f.position(), "the proposal is missing 'amount' (its Amount £000 in the summary)",
                        "add e.g. 'amount: flow.revenue.total', or for a figure in £: "
                                + "'amount: { figure: investment.total.grand, round: nearest }'");
                return null;
            }
            return new Amount(new Expression.Reference(f.position(), fallback), null);
        }
        if (node.get() instanceof YamlNode.Mapping) {
            Optional<Fields> m = f.nested(node.get(), "'amount'", "amount");
            if (m.isEmpty()) {
                return null;
            }
            YamlNode figure = m.get().required("figure", "investment.total.grand");
            Rounding rounding = TableReader.rounding(m.get());
            m.get().finish();
            String text = figure == null ? null : m.get().text(figure, "figure");
            return text == null ? null : ExpressionParser.parse(text, figure.position(), f.problems())
                    .map(e -> new Amount(e, rounding)).orElse(null);
        }
        String text = f.text(node.get(), "amount");
        return text == null ? null : ExpressionParser.parse(text, node.get().position(), f.problems())
                .map(e -> new Amount(e, null)).orElse(null);
    }

    private static Header.BusinessCase2024 businessCase2024(Fields f, List<FinancialYear> years, FigureRules rules) {
        Problems problems = f.problems();
        String proposalTitle = Optional.ofNullable(f.optionalText("proposal_title"))
                .orElse(f.optionalText("title"));
        Ambitions ambitions = ambitions(f, "ambitions");
        String directorate = f.requiredText("directorate", "Adults, Health and Commissioning");
        String service = f.requiredText("service", "Commissioning");
        String type = f.requiredText("type", "Saving");
        String recurrence = f.requiredText("recurrence", "Recurrent");
        String version = f.requiredText("version", "\"1.0\"");
        String eqia = f.requiredChoice("eqia", Proposal.EQIA_ANSWERS);
        DateOrText startDate = dateOrText(f, "start_date");
        String capitalLink = f.requiredText("capital_link", "No");
        // Without the paper's years (missing or wrong, and reported) the finance table cannot be read.
        List<FinanceLine> finance = years.isEmpty() ? List.of() : FinanceReader.read(f, years, rules);
        if (years.isEmpty()) {
            f.node("finance");
        }
        var benefits = f.mappings("benefits", "a benefit", b -> {
            var benefit = new org.committeepapers.model.Benefit(b.requiredFigureText("benefit", "What will be better"),
                    ambitions(b, "ambitions"), b.requiredFigureText("measurement", "How it will be measured"));
            b.finish();
            return benefit;
        });
        if (benefits.isEmpty() && f.node("benefits").isEmpty()) {
            f.required("benefits", "a list of { benefit, ambitions, measurement }");
        }
        Impacts impacts = f.node("impacts").flatMap(n -> f.nested(n, "'impacts'")).map(i -> {
            Impacts read = new Impacts(i.requiredFigureText("environmental", "None"),
                    i.requiredFigureText("social", "None"), i.requiredFigureText("health", "None"));
            i.finish();
            return read;
        }).orElse(null);
        if (impacts == null && f.node("impacts").isEmpty()) {
            f.required("impacts", "{ environmental: None, social: None, health: None }");
        }
        return new Header.BusinessCase2024(proposalTitle, ambitions, directorate, service, type, recurrence, version,
                eqia, startDate, capitalLink, finance, benefits, impacts);
    }

    private static Header.BusinessCase2022 businessCase2022(Fields f, List<BpReference> references) {
        String banner = f.requiredText("banner", "Investment / Savings");
        String committee = f.requiredText("committee", "Adults and Health");
        List<Headline> headlines = f.mappings("headlines", "a headline", h -> {
            Text label = h.requiredFigureText("label", "2022-23 Investment amount");
            YamlNode figure = h.required("figure", "flow.revenue.2022-23");
            String formatText = h.requiredText("format", "£k");
            Rounding rounding = TableReader.rounding(h);
            FigureFormat format = formatText == null ? null : FigureFormat.parse(formatText).orElse(null);
            if (formatText != null && format == null) {
                h.problems().error(h.node("format").orElseThrow().position(), "unknown figure format '" + formatText + "'",
                        DidYouMean.hint(formatText, FigureFormat.names()));
            }
            h.finish();
            String text = figure == null ? null : h.text(figure, "figure");
            Expression expression = text == null ? null
                    : ExpressionParser.parse(text, figure.position(), h.problems()).orElse(null);
            return new Headline(h.position(), label, expression, format, rounding);
        });
        Text brief = f.requiredFigureText("brief_description", "What the proposal is, in a paragraph");
        String bpReference = bpReference(f, references);
        Text leads = f.requiredFigureText("business_leads", "Director, People & Communities");
        List<String> headerTables = f.textList("header_tables");
        return new Header.BusinessCase2022(banner, committee, headlines, brief, bpReference, leads, headerTables);
    }

    private static Header.ProjectBrief2018 projectBrief2018(Fields f, List<BpReference> references) {
        String projectTitle = Optional.ofNullable(f.optionalText("project_title")).orElse(f.optionalText("title"));
        YamlNode savingNode = f.required("saving", "-25");
        java.math.BigDecimal saving = savingNode == null ? null : f.number(savingNode, "saving");
        String bpReference = bpReference(f, references);
        Text brief = f.requiredFigureText("brief_description", "What the project is, in a paragraph");
        String officer = f.requiredText("senior_responsible_officer", "Name, role");
        return new Header.ProjectBrief2018(projectTitle, saving, bpReference, brief, officer,
                f.figureTextList("dependencies"), f.figureTextList("risks"));
    }

    /** A single {@code bp_reference}; "N/A" (or none) records no reference. */
    private static String bpReference(Fields f, List<BpReference> references) {
        Optional<YamlNode> node = f.node("bp_reference");
        String text = node.map(n -> f.text(n, "bp_reference")).orElse(null);
        if (text == null) {
            f.required("bp_reference", "A/R.6.199 (or N/A)");
            return null;
        }
        if (!text.equalsIgnoreCase("N/A")) {
            references.add(new BpReference(text, node.get().position()));
        }
        return text;
    }

    /** A list of ambition numbers, e.g. [4, 5], or the word enabler. */
    static Ambitions ambitions(Fields f, String key) {
        YamlNode node = f.required(key, "[4]");
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && s.text().strip().equalsIgnoreCase("enabler")) {
            return new Ambitions(List.of(), true);
        }
        List<Integer> numbers = new ArrayList<>();
        for (YamlNode item : f.list(key)) {
            String text = f.text(item, key);
            if (text == null) {
                continue;
            }
            try {
                int n = Integer.parseInt(text.replaceFirst("(?i)^ambition\\s*", ""));
                if (n < 1 || n > 99) {
                    throw new NumberFormatException();
                }
                numbers.add(n);
            } catch (NumberFormatException e) {
                f.problems().error(item.position(), "'" + key + "' must list ambition numbers, but found '" + Excerpt.of(text) + "'",
                        "write e.g. [4, 5] for Ambitions 4 and 5, or 'enabler'");
            }
        }
        return numbers.isEmpty() ? null : new Ambitions(List.copyOf(numbers), false);
    }

    /** An ISO date (printed in the site's style) or free words such as "In stages from January 2024". */
    static DateOrText dateOrText(Fields f, String key) {
        YamlNode node = f.required(key, "2024-04-01");
        String text = node == null ? null : f.text(node, key);
        if (text == null) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return new DateOrText(LocalDate.parse(text), text);
            } catch (DateTimeParseException e) {
                f.problems().error(node.position(), "'" + key + "' is not a real date: " + text,
                        "check the day and month");
                return null;
            }
        }
        if (NUMERIC_DATE.matcher(text).matches()) {
            f.problems().error(node.position(), "'" + key + "' must be written year-month-day, but found '" + Excerpt.of(text) + "'",
                    "write e.g. 2024-04-01 for 1 April 2024; it is printed in the site's date style");
            return null;
        }
        return new DateOrText(null, text);
    }
}
