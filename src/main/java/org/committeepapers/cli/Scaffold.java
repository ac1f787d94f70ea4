package org.committeepapers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The starting files {@code papers new} and {@code papers init} write. Each builds at once; the text an author
 * must still write is marked "TODO", which a build warns about and a public build ({@code --strict}) refuses.
 */
final class Scaffold {
    /** A business-planning reference made up until the real one is known: TBC-1, TBC-2, … */
    private static final Pattern REFERENCE = Pattern.compile("\\bTBC-(\\d+)\\b");

    private Scaffold() {
    }

    /** The starting text of a business-case-2024 proposal, every field present and explained. */
    static String proposalText(String title, String reference, String firstYear) {
        return """
                ---
                # A business case in the 2023-24 format. Every field is required unless marked optional.
                # Replace the placeholders with the real text: a public build (--strict) refuses them.
                title: %1$s
                # short_title: A shorter title for the summary table (optional)
                category: Savings            # Pressure, Investment, Invest to save, Savings, Income, Temporary funding
                ambitions: [4]               # the council's ambition numbers, or: enabler
                directorate: TODO the directorate
                service: TODO the service
                type: Saving
                recurrence: Recurrent        # or: One off
                bp_references: [%2$s]        # the business planning reference(s); each is used once only
                date: %3$s             # the date of this version, year-month-day
                version: "0.1"
                eqia: Not applicable         # Yes, No or Not applicable
                start_date: %3$s       # a date, or words such as "In stages from January 2025"
                capital_link: "No"
                # The business-plan finance table in £000: one key per year, negative for savings and income.
                # Leave a year out for an empty cell. The Total row and column are computed.
                finance:
                  - { label: Saving, role: saving, %4$s: 0 }
                # expect:                    # optional checks: figures you believe are right
                #   finance.total: 0
                benefits:
                  - benefit: TODO what will be better
                    ambitions: [4]
                    measurement: TODO how it will be measured, by whom and when
                impacts:
                  environmental: None
                  social: None
                  health: None
                ---
                TODO: the summary and details of the proposal, in Markdown. Figures from the tables can be
                written in, e.g. the net total is {{ finance.total | £k }}.
                """.formatted(quoted(title), reference, LocalDate.now(), firstYear);
    }

    /**
     * A reference no proposal under {@code papers} uses yet, so that two new papers (or proposals) never
     * share one, which the build refuses.
     */
    static String uniqueReference(Path papers) throws IOException {
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(papers)) {
            try (Stream<Path> files = Files.walk(papers, 2)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).toList()) {
                    all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        int highest = 0;
        Matcher m = REFERENCE.matcher(all);
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return "TBC-" + (highest + 1);
    }

    /** The committee ids site.yaml defines, in order. */
    static List<String> committees(Path siteYaml) throws IOException {
        JsonNode site = new ObjectMapper(new YAMLFactory()).readTree(siteYaml.toFile());
        List<String> ids = new ArrayList<>();
        if (site != null && site.get("committees") != null) {
            site.get("committees").forEach(c -> {
                if (c.hasNonNull("id")) {
                    ids.add(c.get("id").asText());
                }
            });
        }
        return ids;
    }

    /** Five financial years from this one, e.g. "2026-27, 2027-28, …". */
    static List<String> years() {
        int year = LocalDate.now().getYear();
        List<String> years = new ArrayList<>();
        for (int y = year; y < year + 5; y++) {
            years.add(y + "-" + String.format(java.util.Locale.ROOT, "%02d", (y + 1) % 100));
        }
        return years;
    }

    /** Writes {@code content/papers/<slug>/} with its paper.yaml and a first business case; returns the folder. */
    static Path writePaper(Path content, String slug, String title, String committee) throws IOException {
        Path dir = content.resolve("papers").resolve(slug);
        String reference = uniqueReference(content.resolve("papers"));
        List<String> years = years();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("paper.yaml"), """
                # One appendix. The folder name is its web address, so keep it stable once published.
                title: %s
                committee: %s
                meeting_date: %s        # year-month-day
                appendix: Appendix 1
                # draft: true                   # keeps the paper out of builds (check and serve still show it)
                introduction: |
                  TODO what this appendix holds, in a sentence or two.
                years: [%s]
                summary: { caption: Summary of business cases, total: Net total }
                proposals:                      # the cases in printed order (file names without .md)
                  - first-business-case
                notes: []
                """.formatted(quoted(title), committee, LocalDate.now(), String.join(", ", years)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("first-business-case.md"),
                proposalText("First business case", reference, years.get(0)), StandardCharsets.UTF_8);
        return dir;
    }

    /** Writes a meeting of {@code committee} today, whose second item carries a report and {@code paper}. */
    static Path writeMeeting(Path content, String committee, String paperSlug, String paperTitle) throws IOException {
        LocalDate today = LocalDate.now();
        Path dir = content.resolve("meetings").resolve(committee + "-" + today);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("meeting.yaml"), """
                # One meeting and its agenda. Items are numbered 1, 2, 3 … in order. An item may carry a report (a
                # Markdown file in this folder) and appendices (paper folders under papers/). The reports pack PDF,
                # its index and its page numbers are made when the site is built.
                committee: %s
                date: %s
                time: "10:00am"
                venue: TODO the meeting room and address
                items:
                  - number: 1
                    title: Apologies for absence and declarations of interest
                  - number: 2
                    title: %s
                    report: report.md
                    appendices:
                      - %s
                """.formatted(committee, today, quoted(paperTitle), paperSlug), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), """
                ## Purpose

                TODO what this report asks the committee to do.

                ## Recommendations

                The committee is asked to note the business cases in Appendix 1.
                """, StandardCharsets.UTF_8);
        return dir;
    }

    /** Text as a YAML double-quoted scalar, so any name (with colons, quotes or a leading dash) reads back as written. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The VS Code settings that point the YAML extension at the schemas {@code papers schema} writes. */
    static String editorSettings(String schemas) {
        return """
                {
                  "yaml.schemas": {
                    "%1$s/site.schema.json": "content/site.yaml",
                    "%1$s/paper.schema.json": "content/papers/*/paper.yaml",
                    "%1$s/meeting.schema.json": "content/meetings/*/meeting.yaml",
                    "%1$s/pack.schema.json": "content/packs/*.yaml"
                  }
                }
                """.formatted(schemas);
    }
}
