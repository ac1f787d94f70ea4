package org.committeepapers.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.committeepapers.model.FigureRules;
import org.committeepapers.model.FinanceLine;
import org.committeepapers.model.FinanceRole;
import org.committeepapers.model.FinancialYear;
import org.committeepapers.names.Slugs;
import org.committeepapers.problem.Problems;

/**
 * Reads a proposal's {@code finance:} list: rows such as {@code { label: Saving, role: saving, 2024-25: -480 }}
 * and headings such as {@code { heading: "Breakdown of funding:" }}. There is no Total row to write: it is
 * computed.
 */
final class FinanceReader {
    private static final List<String> ROLES = Stream.of(FinanceRole.values())
            .map(r -> r.name().toLowerCase(Locale.ROOT)).toList();

    private FinanceReader() {
    }

    static List<FinanceLine> read(Fields proposal, List<FinancialYear> years, FigureRules rules) {
        Problems problems = proposal.problems();
        List<FinanceLine> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (proposal.node("finance").isEmpty()) {
            proposal.required("finance", "[ { label: Saving, role: saving, " + years.get(0) + ": -100 } ]");
            return lines;
        }
        int before = problems.errorCount();
        for (YamlNode item : proposal.list("finance")) {
            Optional<Fields> maybe = proposal.nested(item, "a finance row");
            if (maybe.isEmpty()) {
                continue;
            }
            Fields row = maybe.get();
            Optional<YamlNode> heading = row.node("heading");
            if (heading.isPresent()) {
                String text = row.text(heading.get(), "heading");
                row.finish();
                if (text != null) {
                    lines.add(new FinanceLine.Heading(row.position(), text));
                }
                continue;
            }
            String label = row.requiredText("label", "Saving");
            String role = row.requiredChoice("role", ROLES);
            String id = Optional.ofNullable(row.optionalText("id")).orElse(label == null ? null : Slugs.of(label));
            row.allowKeys(FinancialYear::looksLikeYear, "^[0-9]{4}[-/][0-9]{2}$");
            Map<FinancialYear, BigDecimal> values = new LinkedHashMap<>();
            Map<FinancialYear, String> notCosted = new LinkedHashMap<>();
            for (YamlNode.Entry entry : row.mapping().entries().values()) {
                if (!FinancialYear.looksLikeYear(entry.key())) {
                    continue;
                }
                Optional<FinancialYear> year = FinancialYear.parse(entry.key()).filter(years::contains);
                if (year.isEmpty()) {
                    problems.error(entry.keyPosition(), "the year " + entry.key() + " is not one of this paper's years ("
                            + years.get(0) + " to " + years.get(years.size() - 1) + ")",
                            "correct the year, or add it to 'years:' in the paper's paper.yaml");
                    continue;
                }
                row.recordRead(entry.value(), "number");
                row.recordRead(entry.value(), "marker");
                if (Fields.isNull(entry.value())) {
                    continue;
                }
                Optional<String> marker = entry.value() instanceof YamlNode.Scalar s ? rules.notCostedMarker(s.text())
                        : Optional.empty();
                if (marker.isPresent()) {
                    notCosted.put(year.get(), marker.get());
                    NotCosted.warn(problems, entry.value().position(), marker.get());
                    continue;
                }
                BigDecimal value = Numbers.parse(entry.value(), entry.key(), rules, problems);
                if (value != null) {
                    values.put(year.get(), value);
                }
            }
            row.finish();
            if (id != null && !ids.add(id)) {
                problems.error(row.position(), "two finance rows are both called '" + id + "'",
                        "give one of them its own 'id:' so figures can name it");
            }
            if (label != null && role != null) {
                FinanceLine.Row read = new FinanceLine.Row(row.position(), id, label,
                        FinanceRole.valueOf(role.toUpperCase(Locale.ROOT)), values, notCosted);
                checkSign(read, problems);
                lines.add(read);
            }
        }
        // A table whose rows all have mistakes (reported) is not also empty.
        if (lines.stream().noneMatch(l -> l instanceof FinanceLine.Row) && problems.errorCount() == before) {
            problems.error(proposal.position(), "the finance table has no rows of figures",
                    "add at least one row such as { label: Saving, role: saving, " + years.get(0) + ": -100 }");
        }
        return lines;
    }

    /** A saving row that adds up to more than nothing (or an investment to less) has its signs the wrong way. */
    private static void checkSign(FinanceLine.Row row, Problems problems) {
        BigDecimal total = row.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (row.role().sign().allows(total)) {
            return;
        }
        String role = row.role().name().toLowerCase(Locale.ROOT);
        String plural = row.role() == FinanceRole.INCOME ? "income" : role + "s";
        List<String> flipped = new ArrayList<>();
        row.values().forEach((year, value) -> {
            if (value.signum() != 0) {
                flipped.add(year.key() + ": " + value.negate().toPlainString());
            }
        });
        problems.error(row.position(), "this " + role + " row adds up to " + total.toPlainString() + ", but "
                + plural + " are written as " + row.role().sign().word() + " numbers",
                plural + " are written as " + row.role().sign().word() + " numbers: " + String.join(", ", flipped)
                        + " (or choose the row's role to match its figures)");
    }
}
