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
import java.util.List;
import org.committeepapers.names.DidYouMean;
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
            String reference = Scaffold.uniqueReference(paper.toAbsolutePath().normalize().getParent());
            Files.writeString(file, Scaffold.proposalText(title, reference, firstYear), StandardCharsets.UTF_8);
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
            Path siteYaml = content.resolve("site.yaml");
            if (!Files.isRegularFile(siteYaml)) {
                spec.commandLine().getErr().println("error: there is no site.yaml in " + content
                        + "\nhint: run from the folder that holds content/, or pass --content DIR");
                return 1;
            }
            List<String> committees;
            try {
                committees = Scaffold.committees(siteYaml);
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: cannot read the committees in " + siteYaml + ": "
                        + e.getMessage() + "\nhint: run 'papers check' to see what is wrong with it");
                return 1;
            }
            if (!committees.contains(committee)) {
                String hint = DidYouMean.hint(committee, committees);
                throw new CommandLine.ParameterException(spec.commandLine(), "there is no committee '" + committee
                        + "' in " + siteYaml + (hint == null ? "; add it to 'committees:' there first" : "; " + hint));
            }
            String slug = Slugs.of(title);
            if (Files.exists(content.resolve("papers").resolve(slug))) {
                spec.commandLine().getErr().println("error: " + content.resolve("papers").resolve(slug)
                        + " already exists; choose another title");
                return 1;
            }
            Path dir = Scaffold.writePaper(content, slug, title, committee);
            spec.commandLine().getOut().println("Wrote " + dir + " with paper.yaml and first-business-case.md; "
                    + "replace each TODO with the real text.");
            return 0;
        }
    }
}
