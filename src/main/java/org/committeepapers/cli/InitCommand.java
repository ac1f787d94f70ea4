package org.committeepapers.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code papers init DIR}: starts a council's own site folder, laid out as the tool expects when run inside
 * it ({@code content/}, overrides in {@code templates/}, output in {@code site/}), which builds at once.
 * It asks nothing: everything comes from the options or sensible defaults.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a council's own site folder: content/ with site.yaml, an example paper and meeting, "
                + "editor settings, a CI workflow and .gitignore. Then run 'papers build' inside it.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The new site's folder (must not exist, or be empty).")
    Path dir;

    @Option(names = "--council", paramLabel = "NAME", defaultValue = "Example Council",
            description = "The council's name (default: ${DEFAULT-VALUE}).")
    String council;

    @Option(names = "--committee", paramLabel = "ID=NAME",
            description = "A committee, e.g. --committee cabinet=Cabinet; repeat for each (default: cabinet=Cabinet).")
    List<String> committees = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String[]> parsed = new ArrayList<>();
        for (String option : committees.isEmpty() ? List.of("cabinet=Cabinet") : committees) {
            int equals = option.indexOf('=');
            String id = equals < 0 ? option : option.substring(0, equals).strip();
            String name = equals < 0 ? "" : option.substring(equals + 1).strip();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || name.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--committee takes ID=NAME, the id in "
                        + "lower case with hyphens, e.g. --committee adults-and-health=\"Adults and Health Committee\"; "
                        + "found '" + option + "'");
            }
            if (parsed.stream().anyMatch(c -> c[0].equals(id))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the committee id '" + id + "' is given twice");
            }
            parsed.add(new String[] {id, name});
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            spec.commandLine().getErr().println("error: " + dir + " already exists and is not empty"
                    + "\nhint: give a new folder's name, e.g. papers init my-council-papers");
            return 1;
        }
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        StringBuilder site = new StringBuilder()
                .append("# The council, its committees, and how figures are printed.\n")
                .append("council: ").append(Scaffold.quoted(council)).append('\n')
                .append("site_title: Committee papers\n")
                .append("language: en-GB\n")
                .append("committees:\n");
        parsed.forEach(c -> site.append("  - { id: ").append(c[0]).append(", name: ").append(Scaffold.quoted(c[1])).append(" }\n"));
        site.append("format:\n")
                .append("  thousands_separator: \",\"\n")
                .append("  negative: minus        # minus (−976), hyphen (-976) or brackets ((976))\n")
                .append("  nil: \"–\"               # what an empty cell shows\n")
                .append("  year_label: \"2024-25\"  # \"2024-25\", \"2024/25\", \"24/25\" or \"2024 to 2025\"\n");
        write(content.resolve("site.yaml"), site.toString());
        String committee = parsed.get(0)[0];
        String paperTitle = "Example business cases";
        Scaffold.writePaper(content, "example-business-cases", paperTitle, committee);
        Scaffold.writeMeeting(content, committee, "example-business-cases", paperTitle);
        write(dir.resolve(".gitignore"), GITIGNORE);
        write(dir.resolve(".vscode/settings.json"), Scaffold.editorSettings(SchemaCommand.DEFAULT));
        write(dir.resolve(".github/workflows/papers.yml"), WORKFLOW);
        write(dir.resolve("templates/README.md"), TEMPLATES_README);
        SchemaCommand.write(dir.resolve(SchemaCommand.DEFAULT));
        spec.commandLine().getOut().println("Made a new site in " + dir + ". Next:\n  cd " + dir
                + "\n  papers build        # builds content/ into site/; open site/index.html"
                + "\n  papers serve        # a preview that reloads as you save"
                + "\nReplace each TODO in content/ with the real text: 'papers build --strict' refuses placeholders.");
        return 0;
    }

    /**
     * What a build writes beside content/: site and site-members (links to their current versions, so no
     * trailing slash), their versions, staging folders and publish locks (all named .site…), and the cache.
     */
    static final String GITIGNORE = "/site\n/site-members\n/.site*\n/.papers-cache/\n";

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The site's CI: builds with the released tool on every push and nightly; warnings and placeholders fail it. */
    static final String WORKFLOW = """
            # Builds the site with Committee Papers on every push and every night; warnings (and any TODO
            # placeholder) fail the build. Set the repository variable PAPERS_ZIP_URL to the address of the
            # release zip (committee-papers-<version>.zip), and adjust the last step to your static hosting.
            name: papers
            on:
              push: { branches: [main] }
              pull_request: {}
              schedule:
                - cron: "30 2 * * *"
              workflow_dispatch: {}

            jobs:
              build:
                runs-on: ubuntu-latest
                timeout-minutes: 30
                steps:
                  - uses: actions/checkout@v4
                  - uses: actions/setup-java@v4
                    with:
                      distribution: temurin
                      java-version: "17"
                  - name: Install Committee Papers
                    run: |
                      curl -fsSL "${{ vars.PAPERS_ZIP_URL }}" -o "$RUNNER_TEMP/papers.zip"
                      unzip -q "$RUNNER_TEMP/papers.zip" -d "$RUNNER_TEMP/papers"
                      dirname "$(ls "$RUNNER_TEMP"/papers/*/bin/papers)" >> "$GITHUB_PATH"
                  - name: Build (warnings fail it)
                    run: papers build --strict
                  - uses: actions/upload-artifact@v4
                    with:
                      name: site
                      path: site
            """;

    static final String TEMPLATES_README = """
            # Your template overrides

            The built-in templates and style sheets travel inside Committee Papers. A file placed here with the
            same name as a built-in one (for example `style.css` or `paper.ftlh`) replaces it; everything else
            stays built in. A file whose name is not a built-in one is a warning (with a did-you-mean), unless its
            name starts with `_` (your own partial, for `<#include "_footer.ftlh">`). This README is ignored.
            """;
}
