package org.committeepapers.cli;

import java.util.concurrent.Callable;
import org.committeepapers.bench.PrintBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.committeepapers.bench.ReloadBenchmark;
import org.committeepapers.bench.StartupBenchmark;
import org.committeepapers.problem.ContentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers benchmark}: measures a cold build against stock openhtmltopdf and WeasyPrint, a council's scale, or the preview. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure, cold and side by side: papers build --clean of the content, stock openhtmltopdf and "
                + "WeasyPrint on the same print HTML; or, with --scale, a synthetic council; or, with --reload, "
                + "the preview's save-to-reload latency; or, with --start, the officer's loop: a cold check and an "
                + "unchanged build against a bare JVM start.")
final class BenchmarkCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Paths paths;

    @Option(names = "--proposals", defaultValue = "1000", description = "With --scale: business cases in the synthetic "
            + "council (default: ${DEFAULT-VALUE}).")
    int proposals;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds; the median is reported (default: "
            + "${DEFAULT-VALUE}; 20 with --reload).")
    int rounds;

    @Option(names = "--weasyprint", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compare with WeasyPrint when it is installed (default: ${DEFAULT-VALUE}).")
    boolean weasyprint;

    @Option(names = "--scale", description = "Measure a synthetic council instead (10 committees x 12 meetings, "
            + "with meetings and a pack; --proposals cases): page cost, incremental rebuild, live heap, jobs.")
    boolean scale;

    @Option(names = "--reload", description = "Measure papers serve instead: from saving a proposal (and its paper.yaml) "
            + "to the reload event and to the page showing the change, on a copy of the content.")
    boolean reload;

    @Option(names = "--start", description = "Measure start-up instead: papers check and an unchanged papers build, "
            + "each a fresh process through the launcher, as ratios to a bare JVM start (--rounds, default 5).")
    boolean start;

    @Option(names = "--edit", paramLabel = "FILE", description = "With --reload: the proposal to change, relative to the "
            + "content folder (default: the first case of the paper with the most cases).")
    String edit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The launcher names itself in this property, so the benchmark can start papers as a user does. */
    static final String LAUNCHER = "papers.launcher";

    /** How a user starts papers: the launcher that started this run, or a plain start when there was none. */
    private static List<String> launcher() {
        String script = System.getProperty(LAUNCHER);
        return script != null && Files.isRegularFile(Path.of(script)) ? List.of(script) : plainStart();
    }

    /** papers on this JVM and class path, with no options: no class-data archive but the JDK's own. */
    private static List<String> plainStart() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName());
    }

    @Override
    public Integer call() throws Exception {
        try {
            if ((reload ? 1 : 0) + (scale ? 1 : 0) + (start ? 1 : 0) > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "choose one of --reload and --scale"
                        + (start ? " and --start" : ""));
            }
            if (edit != null && !reload) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--edit goes with --reload");
            }
            if (reload) {
                int measured = spec.commandLine().getParseResult().hasMatchedOption("--rounds") ? rounds : 20;
                if (measured < 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
                }
                new ReloadBenchmark(paths.content, paths.templates, measured, edit, spec.commandLine().getOut()).run();
                return 0;
            }
            if (start) {
                int measured = spec.commandLine().getParseResult().hasMatchedOption("--rounds") ? rounds : 5;
                if (measured < 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
                }
                new StartupBenchmark(paths.content, paths.templates, measured, launcher(), plainStart(),
                        Main.BARE_START, spec.commandLine().getOut()).run();
                return 0;
            }
            if (scale) {
                new org.committeepapers.bench.ScaleBenchmark(paths.content, paths.templates, proposals,
                        spec.commandLine().getOut()).run();
                return 0;
            }
            if (rounds < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
            }
            if (spec.commandLine().getParseResult().hasMatchedOption("--proposals")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--proposals goes with --scale");
            }
            new PrintBenchmark(paths.content, paths.templates, rounds, weasyprint, spec.commandLine().getOut()).run();
            return 0;
        } catch (ContentException e) {
            Reporter.problems(spec.commandLine().getErr(), e.problems());
            return 1;
        } catch (java.io.IOException | org.committeepapers.render.TemplateEngine.TemplateFailure
                | org.committeepapers.print.PrintFailure e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
    }
}
