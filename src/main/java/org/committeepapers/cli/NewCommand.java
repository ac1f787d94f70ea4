package org.committeepapers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.names.Slugs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers new proposal|paper}: writes a complete starting file that builds at once. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Start a new proposal or paper from a template.",
        subcommands = {NewCommand.Proposal.class, NewCommand.Paper.class, NewMeetingCommand.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to start: proposal, paper or meeting");
    }

    /** The starting text of a business-case-2024 proposal, every field present and explained. */
    static String proposalText(String title, String slug, String firstYear) {
        return """
                ---
                # A business case in the 2023-24 format. Every field is required unless marked optional.
                title: %1$s
                # short_title: A shorter title for the summary table (optional)
                category: Savings            # Pressure, Investment, Invest to save, Savings, Income, Temporary funding
                ambitions: [4]               # the council's ambition numbers, or: enabler
                directorate: Directorate name
                service: Service name
                type: Saving
                recurrence: Recurrent        # or: One off
                bp_references: [TBC-%2$s]    # the business planning reference(s); each is used once only
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
                  - benefit: What will be better
                    ambitions: [4]
                    measurement: How it will be measured, by whom and when.
                impacts:
                  environmental: None
                  social: None
                  health: None
                ---
                Summary / details of the proposal in Markdown. Figures from the tables can be written in,
                e.g. the net total is {{ finance.total | £k }}.
                """.formatted(title, slug, LocalDate.now(), firstYear);
    }

    @Command(name = "proposal", mixinStandardHelpOptions = true,
            description = "Write a new business case into a paper's folder and list it in its paper.yaml.")
    static final class Proposal implements Callable<Integer> {
        @Option(names = "--paper", required = true, paramLabel = "DIR", description = "The paper's folder.")
        Path paper;

        @Option(names = "--title", required = true, description = "The business case's title.")
        String title;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path paperYaml = paper.resolve("paper.yaml");
            if (!Files.isRegularFile(paperYaml)) {
                spec.commandLine().getErr().println("error: there is no paper.yaml in " + paper
                        + "\nhint: give the paper's folder, e.g. --paper content/papers/adults-and-health-business-cases");
                return 1;
            }
            String slug = Slugs.of(title);
            Path file = paper.resolve(slug + ".md");
            if (Files.exists(file)) {
                spec.commandLine().getErr().println("error: " + file + " already exists; choose another title");
                return 1;
            }
            String yaml = Files.readString(paperYaml, StandardCharsets.UTF_8);
            Matcher year = Pattern.compile("(?m)^years:\\s*\\[\\s*(\\d{4}-\\d{2})").matcher(yaml);
            String firstYear = year.find() ? year.group(1) : LocalDate.now().getYear() + "-"
                    + String.format(Locale.ROOT, "%02d", (LocalDate.now().getYear() + 1) % 100);
            String listed = list(yaml, slug);
            if (listed == null) {
                spec.commandLine().getErr().println("error: cannot find 'proposals:' in " + paperYaml
                        + "\nhint: add 'proposals:' with the case file names, one per line as '  - name'");
                return 1;
            }
            Files.writeString(file, proposalText(title, slug, firstYear), StandardCharsets.UTF_8);
            Files.writeString(paperYaml, listed, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote " + file + " and listed it in " + paperYaml + ".");
            return 0;
        }

        /** paper.yaml with {@code slug} added at the end of its proposals list, or null if there is none. */
        static String list(String yaml, String slug) {
            Matcher flow = Pattern.compile("(?m)^(proposals:\\s*\\[)([^\\]]*)\\]").matcher(yaml);
            if (flow.find()) {
                String items = flow.group(2).strip();
                return yaml.substring(0, flow.start()) + flow.group(1) + (items.isEmpty() ? "" : items + ", ") + slug + "]"
                        + yaml.substring(flow.end());
            }
            java.util.List<String> lines = new java.util.ArrayList<>(java.util.Arrays.asList(yaml.split("\n", -1)));
            int start = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("proposals:\\s*(#.*)?")) {
                    start = i;
                }
            }
            if (start < 0) {
                return null;
            }
            int last = -1;
            for (int i = start + 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.matches("\\s+-.*")) {
                    last = i;
                } else if (!line.isBlank() && !line.matches("\\s+#.*")) {
                    break;
                }
            }
            if (last < 0) {
                return null;
            }
            String indent = lines.get(last).substring(0, lines.get(last).indexOf('-'));
            lines.add(last + 1, indent + "- " + slug);
            return String.join("\n", lines);
        }
    }

    @Command(name = "paper", mixinStandardHelpOptions = true,
            description = "Write a new paper folder with its paper.yaml and a first business case.")
    static final class Paper implements Callable<Integer> {
        @Option(names = "--content", defaultValue = "content", paramLabel = "DIR",
                description = "Folder with site.yaml and papers/ (default: ${DEFAULT-VALUE}).")
        Path content;

        @Option(names = "--title", required = true, description = "The paper's title.")
        String title;

        @Option(names = "--committee", required = true, description = "The committee's id in site.yaml.")
        String committee;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String slug = Slugs.of(title);
            Path dir = content.resolve("papers").resolve(slug);
            if (Files.exists(dir)) {
                spec.commandLine().getErr().println("error: " + dir + " already exists; choose another title");
                return 1;
            }
            int year = LocalDate.now().getYear();
            StringBuilder years = new StringBuilder();
            for (int y = year; y < year + 5; y++) {
                years.append(y == year ? "" : ", ").append(y).append('-').append(String.format(Locale.ROOT, "%02d", (y + 1) % 100));
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("paper.yaml"), """
                    # One appendix. The folder name is its web address, so keep it stable once published.
                    title: %s
                    committee: %s
                    meeting_date: %s        # year-month-day
                    appendix: Appendix 1
                    introduction: |
                      What this appendix holds, in a sentence or two.
                    years: [%s]
                    summary: { caption: Summary of business cases, total: Net total }
                    proposals:                      # the cases in printed order (file names without .md)
                      - first-business-case
                    notes: []
                    """.formatted(title, committee, LocalDate.now(), years), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("first-business-case.md"),
                    proposalText("First business case", "first-business-case", years.substring(0, 7)), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote " + dir + " with paper.yaml and first-business-case.md.");
            return 0;
        }
    }
}
