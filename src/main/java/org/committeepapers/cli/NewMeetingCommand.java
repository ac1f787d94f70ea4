package org.committeepapers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.load.Fields;
import org.committeepapers.load.YamlReader;
import org.committeepapers.problem.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code papers new meeting}: writes a meeting folder that builds at once, with the agenda every meeting opens
 * with (apologies and declarations, the minutes of the previous meeting) and a report item with its report.
 */
@Command(name = "meeting", mixinStandardHelpOptions = true,
        description = "Write a new meeting folder with its meeting.yaml (the standard opening items and a report item) and a report.")
final class NewMeetingCommand implements Callable<Integer> {
    @Option(names = "--content", defaultValue = "content", paramLabel = "DIR",
            description = "Folder with site.yaml and meetings/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--committee", required = true, description = "The committee's id in site.yaml.")
    String committee;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The meeting's date.")
    LocalDate date;

    @Option(names = "--time", defaultValue = "10:00am", description = "Its start time (default: ${DEFAULT-VALUE}).")
    String time;

    @Option(names = "--venue", defaultValue = "To be confirmed", description = "Where it meets (default: ${DEFAULT-VALUE}).")
    String venue;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path siteYaml = content.resolve("site.yaml");
        Optional<List<String>> committees = committees(siteYaml);
        if (committees.isEmpty()) {
            spec.commandLine().getErr().println("error: cannot read the committees in " + siteYaml
                    + "\nhint: run from the folder that holds content/, or pass --content DIR; `papers check` explains what is wrong");
            return 1;
        }
        if (!committees.get().contains(committee)) {
            spec.commandLine().getErr().println("error: there is no committee '" + committee + "' in " + siteYaml
                    + "\nhint: " + DidYouMean.hint(committee, committees.get()));
            return 1;
        }
        String slug = committee + "-" + date;
        Path dir = content.resolve("meetings").resolve(slug);
        if (Files.exists(dir)) {
            spec.commandLine().getErr().println("error: " + dir + " already exists; the committee has a meeting on "
                    + date + "\nhint: edit its meeting.yaml, or choose another --date");
            return 1;
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("meeting.yaml"), """
                # One meeting and its agenda. The folder name is its web address, so keep it stable once published.
                # Items are numbered 1, 2, 3 … in order. An item may carry a report and documents (Markdown, PDF or
                # other files in this folder) and appendices (paper folders under papers/). See the README's
                # "Meetings" section for minutes, decisions, exempt information and supplementary agendas.
                committee: %s
                date: %s
                time: "%s"
                venue: "%s"

                items:
                  - number: 1
                    title: Apologies for absence and declarations of interest
                  - number: 2
                    title: Minutes of the previous meeting and action log
                  - number: 3
                    title: TODO report title
                    report: report.md
                    # documents:
                    #   - { file: appendix-1.pdf, title: "Appendix 1: …" }
                    # appendices: [paper-folder]
                """.formatted(committee, date, time.replace("\"", ""), venue.replace("\\", "").replace("\"", "'")), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.md"), """
                ## Purpose

                TODO what the committee is asked to consider, in a sentence or two.

                ## Recommendations

                The committee is asked to:

                1. TODO note …;
                2. TODO agree ….

                ## Background

                TODO the background the committee needs. Images need a description of what they show:
                `![Bar chart of places by district](chart.png)`, with the image file in this folder.
                """, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("Wrote " + dir + " with meeting.yaml and report.md; replace each TODO with "
                + "the real text ('papers build --strict' refuses placeholders).");
        return 0;
    }

    private static Optional<List<String>> committees(Path siteYaml) {
        if (!Files.isRegularFile(siteYaml)) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<Fields> site = new YamlReader().readMapping(siteYaml, siteYaml.getParent(), "site.yaml", problems);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        site.get().mappings("committees", "a committee", c -> c.optionalText("id")).forEach(id -> {
            if (id != null) {
                ids.add(id);
            }
        });
        return problems.hasErrors() || ids.isEmpty() ? Optional.empty() : Optional.of(ids);
    }
}
