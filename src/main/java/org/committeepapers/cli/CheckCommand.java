package org.committeepapers.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.committeepapers.Pipeline;
import org.committeepapers.problem.ContentException;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.TemplateEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code papers check}: validates the content and computes every figure, writing nothing but the cache of prepared attachments. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the content and every figure; write nothing but the cache.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Paths paths;

    @CommandLine.Mixin
    Messages messages;

    @CommandLine.Option(names = "--cache", paramLabel = "DIR", description = "Where attached PDFs, once prepared, "
            + "and the pages of papers a check found clean are kept, so the next check renders only what changed "
            + "(default: .papers-cache beside the content folder, where a build run from the same folder keeps its cache).")
    Path cache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages say = messages.start(spec);
        try {
            Path cacheDir = cache != null ? cache : paths.content.toAbsolutePath().normalize().resolveSibling(".papers-cache");
            Pipeline.Result result = Pipeline.run(Pipeline.Options.of(paths.content, paths.templates, Pipeline.Output.CHECK)
                    .withCache(new OutputCache(cacheDir)));
            say.problems(result.warnings(), false);
            say.notes(result.site().corrections());
            say.stages(result.millis());
            if (say.verbose()) {
                say.detail("Files checked:");
                for (var paper : result.site().papers()) {
                    say.detail("  " + paper.paper().position().file().displayName());
                    paper.paper().proposals().forEach(p -> say.detail("  " + p.file().displayName()));
                }
            }
            int proposals = result.site().papers().stream().mapToInt(p -> p.proposals().size()).sum();
            say.info("OK: " + result.site().papers().size() + " paper(s), " + proposals
                    + " proposal(s); every figure computed and checked.");
            return 0;
        } catch (ContentException e) {
            say.problems(e.problems(), false);
            return 1;
        } catch (TemplateEngine.TemplateFailure e) {
            say.error("error: " + e);
            return 1;
        }
    }
}
