package org.committeepapers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.compute.Redaction;
import org.committeepapers.compute.SiteCalculator;
import org.committeepapers.load.ContentLoader;
import org.committeepapers.load.PdfMemory;
import org.committeepapers.model.Site;
import org.committeepapers.print.GlyphCheck;
import org.committeepapers.print.PrintChecks;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.SiteRenderer;
import org.committeepapers.render.TemplateEngine;

/**
 * One run of the {@link Pipeline}: the steps every output shares, and what they have learnt, for the
 * {@link SiteBuild} or {@link PreviewBuild} that finishes it.
 */
final class PipelineRun {
    static final String PRODUCER = "Committee Papers";

    final Pipeline.Options options;
    final Problems problems = new Problems();
    final String epoch = System.getenv("SOURCE_DATE_EPOCH");
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long clock = System.nanoTime();
    ComputedSite computed;
    TemplateEngine engine;
    SiteRenderer.Session session;
    CacheKeys keys;
    private org.committeepapers.compute.ExemptSources exempt;
    /** The papers to print in this run (not kept from a cache or the preview's memory), and their print HTML. */
    final List<ComputedPaper> fresh = new ArrayList<>();
    Map<String, String> printHtml = Map.of();

    PipelineRun(Pipeline.Options options) {
        this.options = options;
    }

    /** Reads the content and computes every figure; stops on the first stage with errors. */
    void loadAndCompute() throws ContentException {
        Pipeline.Output output = options.output();
        // A build leaves out papers marked draft: true; check and the preview show them.
        boolean drafts = output == Pipeline.Output.CHECK || output == Pipeline.Output.PREVIEW;
        Site site = new ContentLoader(null, drafts, attachments(options),
                options.memory() == null ? null : options.memory().parses()).load(options.content(), problems).orElse(null);
        lap("load");
        computed = site == null ? null : SiteCalculator.compute(site, problems).orElse(null);
        lap("compute");
        if (computed == null) {
            throw new ContentException(problems);
        }
        stopOnErrors();
        if (!options.members()) {
            exempt = org.committeepapers.compute.ExemptSources.of(computed);
            computed = Redaction.forPublic(computed, problems);
            stopOnErrors();
        }
        engine = new TemplateEngine(options.templates());
        engine.checkFiles();
        engine.checkOverrides(problems);
        session = new SiteRenderer(engine).begin(computed, problems, options.members(), epoch);
        keys = new CacheKeys(options.content(), engine, computed, epoch, options.members());
    }

    /**
     * What prepares the PDFs attached to meetings: the preview's memory between saves; else, with a cache, one
     * that keeps them there between runs (under the running code's stamp, so a new tool prepares afresh); else
     * none that keeps anything.
     */
    private static PdfMemory attachments(Pipeline.Options options) {
        if (options.memory() != null) {
            return options.memory().attachments();
        }
        OutputCache cache = options.cache();
        String engine = cache == null ? null : UpToDate.engineStamp();
        if (engine == null) {
            return null;
        }
        return new PdfMemory(new PdfMemory.Store() {
            @Override
            public Optional<Map<String, byte[]>> get(String key) {
                return cache.get(key);
            }

            @Override
            public void put(String key, Map<String, byte[]> files) {
                cache.put(key, files);
            }
        }, engine);
    }

    /**
     * Renders the print HTML of every paper but those {@code kept} from before, and checks it can be printed
     * (every character in the font, no table too wide). Errors are collected, not yet thrown.
     */
    void renderPrintHtml(Predicate<ComputedPaper> kept) {
        computed.papers().stream().filter(kept.negate()).forEach(fresh::add);
        printHtml = session.printHtml(fresh);
        for (ComputedPaper paper : fresh) {
            GlyphCheck.check(paper, printHtml.get(paper.paper().slug()), problems);
            PrintChecks.check(paper, problems);
        }
    }

    Pipeline.Result result(Map<String, byte[]> files, Map<String, Supplier<byte[]>> printable) {
        // Output paths in a fixed order, so reports and listings do not depend on which pages came from a cache.
        List<org.committeepapers.problem.Problem> warnings = problems.sorted();
        return new Pipeline.Result(computed, new TreeMap<>(files), warnings, millis, printable,
                exempt == null ? warnings : warnings.stream().filter(w -> !exempt.holds(w)).toList());
    }

    /** The errors so far and {@code failure}, located in the user's template or the built-in one. */
    ContentException failed(TemplateEngine.TemplateFailure failure) {
        Problem problem = (engine != null ? engine : new TemplateEngine(options.templates())).problem(failure);
        problems.error(problem.position(), problem.message(), problem.hint());
        return new ContentException(problems);
    }

    void stopOnErrors() throws ContentException {
        if (problems.hasErrors()) {
            throw new ContentException(problems);
        }
    }

    /** Notes the time since the last lap against {@code stage}, for --verbose and the build report. */
    void lap(String stage) {
        long now = System.nanoTime();
        millis.put(stage, (now - clock) / 1_000_000);
        clock = now;
        options.progress().stage(stage, millis.get(stage));
    }

    /** Every source file a page may have been written from, for locating a broken link. */
    List<SourceFile> sources() {
        List<SourceFile> sources = new ArrayList<>();
        for (ComputedPaper paper : computed.papers()) {
            sources.add(paper.paper().position().file());
            paper.paper().proposals().forEach(p -> sources.add(p.file()));
        }
        computed.meetings().forEach(m -> {
            sources.add(m.meeting().position().file());
            m.meeting().allDocuments().stream().filter(d -> d.source() != null).forEach(d -> sources.add(d.source()));
        });
        computed.packs().forEach(p -> sources.add(p.pack().position().file()));
        return sources;
    }
}
