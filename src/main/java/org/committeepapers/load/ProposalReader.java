package org.committeepapers.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.committeepapers.model.Ambitions;
import org.committeepapers.model.BpReference;
import org.committeepapers.model.DateOrText;
import org.committeepapers.model.Expression;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.model.Impacts;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Proposal;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/** Reads one proposal: a Markdown file whose YAML front matter holds every field and figure. */
final class ProposalReader {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");

    private ProposalReader() {
    }

    static Optional<Proposal> read(SourceFile file, String slug, List<FinancialYear> years, YamlReader yaml,
            Problems problems) {
        Optional<FrontMatter> split = FrontMatter.split(file, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<Fields> maybe = yaml.read(file, fm.yaml(), fm.yamlFirstLine(), problems)
                .flatMap(node -> Fields.of(node, problems, "the proposal's front matter"));
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();
        int errorsBefore = problems.errorCount();
        String title = f.requiredText("title", "The heading of the business case");
        String shortTitle = Optional.ofNullable(f.optionalText("short_title")).orElse(title);
        String proposalTitle = Optional.ofNullable(f.optionalText("proposal_title")).orElse(title);
        String category = f.requiredChoice("category", Proposal.CATEGORIES);
        Ambitions ambitions = ambitions(f, "ambitions");
        String directorate = f.requiredText("directorate", "Adults, Health and Commissioning");
        String service = f.requiredText("service", "Commissioning");
        String type = f.requiredText("type", "Saving");
        String recurrence = f.requiredText("recurrence", "Recurrent");
        List<BpReference> references = new ArrayList<>();
        for (YamlNode item : f.list("bp_references")) {
            Optional.ofNullable(f.text(item, "bp_references"))
                    .ifPresent(text -> references.add(new BpReference(text, item.position())));
        }
        if (references.isEmpty()) {
            problems.error(f.position(), "the proposal is missing 'bp_references'",
                    "add a line 'bp_references: [B/R.6.001]'");
        }
        DateOrText date = dateOrText(f, "date");
        String version = f.requiredText("version", "\"1.0\"");
        String eqia = f.requiredChoice("eqia", Proposal.EQIA_ANSWERS);
        DateOrText startDate = dateOrText(f, "start_date");
        String capitalLink = f.requiredText("capital_link", "No");
        Expression amount = f.node("amount")
                .flatMap(n -> Optional.ofNullable(f.text(n, "amount"))
                        .flatMap(text -> ExpressionParser.parse(text, n.position(), problems)))
                .orElse(new Expression.Reference(f.position(), "finance.total"));
        var expectations = Expectations.read(f);
        var finance = FinanceReader.read(f, years);
        var tables = TableReader.read(f);
        var benefits = f.mappings("benefits", "a benefit", b -> {
            var benefit = new org.committeepapers.model.Benefit(b.requiredText("benefit", "What will be better"),
                    ambitions(b, "ambitions"), b.requiredText("measurement", "How it will be measured"));
            b.finish();
            return benefit;
        });
        if (benefits.isEmpty() && f.node("benefits").isEmpty()) {
            f.required("benefits", "a list of { benefit, ambitions, measurement }");
        }
        Impacts impacts = f.node("impacts").flatMap(n -> Fields.of(n, problems, "'impacts'")).map(i -> {
            Impacts read = new Impacts(i.requiredText("environmental", "None"), i.requiredText("social", "None"),
                    i.requiredText("health", "None"));
            i.finish();
            return read;
        }).orElse(null);
        if (impacts == null && f.node("impacts").isEmpty()) {
            f.required("impacts", "{ environmental: None, social: None, health: None }");
        }
        f.finish();
        if (fm.body().isBlank()) {
            problems.error(file.at(fm.bodyFirstLine() - 1, 1), "the proposal has no summary text",
                    "write the summary / details of the proposal in Markdown after the closing '---'");
        }
        Narrative narrative = NarrativeParser.parse(file, fm.body(), fm.bodyFirstLine(), problems);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(slug, file, title, shortTitle, proposalTitle, category, ambitions,
                directorate, service, type, recurrence, references, date, version, eqia, startDate, capitalLink,
                amount, expectations, finance, tables, benefits, impacts, narrative));
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
                f.problems().error(item.position(), "'" + key + "' must list ambition numbers, but found '" + text + "'",
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
            f.problems().error(node.position(), "'" + key + "' must be written year-month-day, but found '" + text + "'",
                    "write e.g. 2024-04-01 for 1 April 2024; it is printed in the site's date style");
            return null;
        }
        return new DateOrText(null, text);
    }
}
