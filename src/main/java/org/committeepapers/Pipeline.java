package org.committeepapers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.print.SitePrinter;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.TemplateEngine;

/**
 * Runs the stages in their one direction: load → compute → render → print. Nothing is written here; the caller
 * publishes the result, so a content error can never reach the published site.
 *
 * <pre>
 * Pipeline.Result site = Pipeline.run(Pipeline.Options.of(content, templates, Output.SITE).withJobs(4).withCache(cache));
 * </pre>
 *
 * <p>A run reads as its steps: {@linkplain PipelineRun#loadAndCompute() load and compute} (stop on errors),
 * then {@linkplain SiteCheck check} that every paper can be printed ({@link Output#CHECK}),
 * {@linkplain SiteBuild build} the PDFs and pages ({@link Output#PDF}, {@link Output#SITE}), or
 * {@linkplain PreviewBuild make the preview} ({@link Output#PREVIEW}). What a build may reuse is found by
 * {@link CacheKeys}; what a preview keeps between saves is its {@link PreviewMemory}.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** How far a run goes. */
    public enum Output {
        /** Load, compute and check everything; produce no files. */
        CHECK,
        /** Also print the PDFs, and nothing else. */
        PDF,
        /** The whole site: web pages, style sheet and PDFs. */
        SITE,
        /**
         * The web pages at once, and each PDF only when asked for ({@link Result#printable()}): the preview,
         * where a save must show in the browser within a blink. Pages do not quote pack page numbers, as
         * the packs are not laid out.
         */
        PREVIEW,
        /**
         * Load and compute, with every error and warning a build finds in the content, and make nothing: for a
         * build that finds the published site {@linkplain UpToDate up to date}.
         */
        COMPUTE
    }

    /**
     * Everything a run is told: where the content and the user's templates are, how far to go, and how.
     *
     * @param content the content folder (holding site.yaml)
     * @param templates the user's templates folder, whose files override the built-in ones; may be absent
     * @param output how far the run goes
     * @param jobs how many PDFs print at once
     * @param cache where finished PDFs and pages are kept between builds ({@link Output#PDF} and
     *     {@link Output#SITE}), and attached PDFs once prepared (every output but the preview's, which keeps
     *     them in its memory), or null for none
     * @param progress told as each PDF is printed, from the printing threads (for "Printing PDF 3/8")
     * @param memory what a preview keeps between rebuilds ({@link Output#PREVIEW} only), or null for none
     * @param members the members' build (see {@link #withMembers})
     * @param strict warnings fail the run (see {@link #withStrict})
     */
    public record Options(Path content, Path templates, Output output, int jobs, OutputCache cache,
            SitePrinter.Progress progress, PreviewMemory memory, boolean members, boolean strict) {

        /** A run over {@code content} on every core, with no cache, no progress line and no preview memory. */
        public static Options of(Path content, Path templates, Output output) {
            return new Options(content, templates, output, Runtime.getRuntime().availableProcessors(), null,
                    (key, done, total) -> { }, null, false, false);
        }

        /** Prints at most {@code jobs} PDFs at once. */
        public Options withJobs(int jobs) {
            return new Options(content, templates, output, jobs, cache, progress, memory, members, strict);
        }

        /**
         * Reuses from {@code cache} every paper's PDF whose sources, templates and engine are unchanged, and its
         * pages when, besides, the pack page numbers they quote are unchanged; and stores the ones it makes.
         */
        public Options withCache(OutputCache cache) {
            return new Options(content, templates, output, jobs, cache, progress, memory, members, strict);
        }

        /** Tells {@code progress} as each PDF is printed. */
        public Options withProgress(SitePrinter.Progress progress) {
            return new Options(content, templates, output, jobs, cache, progress, memory, members, strict);
        }

        /**
         * Reuses from {@code memory} the pages and PDF maker of every paper unchanged since the last preview
         * made with it: a save rebuilds only the papers it touches, and the pages about the whole site.
         */
        public Options withMemory(PreviewMemory memory) {
            return new Options(content, templates, output, jobs, cache, progress, memory, members, strict);
        }

        /**
         * The members' build: exempt information included and every page marked. Without it (the public build)
         * exempt information is taken out before anything is rendered ({@link org.committeepapers.compute.Redaction}).
         */
        public Options withMembers(boolean members) {
            return new Options(content, templates, output, jobs, cache, progress, memory, members, strict);
        }

        /**
         * Warnings will fail the run ({@code --strict}): a build whose print HTML is made with warnings stops there,
         * before printing anything, and returns them as its result, with no files. Warnings found later (none
         * are, today) would be met at the end, as before.
         */
        public Options withStrict(boolean strict) {
            return new Options(content, templates, output, jobs, cache, progress, memory, members, strict);
        }
    }

    /**
     * A successful run: the computed site, its output files, any warnings, milliseconds per stage, and (for
     * {@link Output#PREVIEW}) each PDF's path with a way to print it on request, once. {@code publishable} are
     * the warnings a published build report may list: in the public build, none located in exempt information.
     */
    public record Result(ComputedSite site, Map<String, byte[]> files, List<Problem> warnings, Map<String, Long> millis,
            Map<String, Supplier<byte[]>> printable, List<Problem> publishable) {
    }

    /**
     * Loads, computes and checks the content, then makes the output asked for.
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Options options) throws ContentException {
        PipelineRun run = new PipelineRun(options);
        try {
            // Taken before anything is read, so a file saved during the check makes the next one look again.
            String checkedInputs = options.output() == Output.CHECK ? SiteCheck.inputs(options) : null;
            run.loadAndCompute();
            return switch (options.output()) {
                case CHECK -> new SiteCheck(run, checkedInputs).make();
                case PDF, SITE -> new SiteBuild(run).make();
                case PREVIEW -> new PreviewBuild(run).make();
                case COMPUTE -> run.result(Map.of(), Map.of());
            };
        } catch (TemplateEngine.TemplateFailure e) {
            // A template override's mistake is an error like any other: located in the template, listed once.
            throw run.failed(e);
        }
    }
}
