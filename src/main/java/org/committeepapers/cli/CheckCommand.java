package org.committeepapers.cli;

import java.util.concurrent.Callable;
import org.committeepapers.Pipeline;
import org.committeepapers.problem.ContentException;
import org.committeepapers.render.TemplateEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code papers check}: validates the content and computes every figure, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content and every figure; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Paths paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try {
            Pipeline.Result result = Pipeline.run(paths.content, paths.templates, Pipeline.Output.CHECK);
            Reporter.problems(err, result.warnings());
            int proposals = result.site().papers().stream().mapToInt(p -> p.proposals().size()).sum();
            out.println("OK: " + result.site().papers().size() + " paper(s), " + proposals
                    + " proposal(s); every figure computed and checked.");
            return 0;
        } catch (ContentException e) {
            Reporter.problems(err, e.problems());
            return 1;
        } catch (TemplateEngine.TemplateFailure e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
