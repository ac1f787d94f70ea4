package org.committeepapers.cli;

import java.util.concurrent.Callable;
import org.committeepapers.bench.PrintBenchmark;
import org.committeepapers.problem.ContentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers benchmark}: measures PDF printing against openhtmltopdf alone and WeasyPrint. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Measure printing: shipped content, then a synthetic appendix, side by side with "
                + "openhtmltopdf alone and WeasyPrint.")
final class BenchmarkCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Paths paths;

    @Option(names = "--proposals", defaultValue = "100", description = "Proposals in the synthetic appendix (default: ${DEFAULT-VALUE}).")
    int proposals;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--weasyprint", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compare with WeasyPrint when it is installed (default: ${DEFAULT-VALUE}).")
    boolean weasyprint;

    @Option(names = "--scale", description = "Measure a synthetic council instead (10 committees x 12 meetings, "
            + "--proposals cases, default 1000 with this option): page cost, incremental rebuild, heap, jobs.")
    boolean scale;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            if (scale) {
                int cases = spec.commandLine().getParseResult().hasMatchedOption("--proposals") ? proposals : 1000;
                new org.committeepapers.bench.ScaleBenchmark(paths.content, paths.templates, cases,
                        spec.commandLine().getOut()).run();
                return 0;
            }
            new PrintBenchmark(paths.content, paths.templates, proposals, rounds, weasyprint, spec.commandLine().getOut()).run();
            return 0;
        } catch (ContentException e) {
            Reporter.problems(spec.commandLine().getErr(), e.problems());
            return 1;
        }
    }
}
