package org.committeepapers;

import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.compute.SiteCalculator;
import org.committeepapers.load.ContentLoader;
import org.committeepapers.model.Site;
import org.committeepapers.problem.ContentException;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.print.GlyphCheck;
import org.committeepapers.print.PdfPrinter;
import org.committeepapers.print.PrintChecks;
import org.committeepapers.print.SitePrinter;
import org.committeepapers.render.LinkCheck;
import org.committeepapers.render.SiteRenderer;
import org.committeepapers.render.TemplateEngine;

/**
 * Runs the stages in their one direction: load → compute → render → print. Nothing is written here; the caller
 * publishes the result, so a content error can never reach the published site.
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
        SITE
    }

    /** A successful run: the computed site, its output files, any warnings, and milliseconds per stage. */
    public record Result(ComputedSite site, Map<String, byte[]> files, List<Problem> warnings, Map<String, Long> millis) {
    }

    /**
     * Loads, computes and checks {@code content}, then makes the {@code output} asked for.
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Path content, Path templates, Output output) throws ContentException {
        return run(content, templates, output, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #run(Path, Path, Output)}, printing at most {@code jobs} PDFs at once.
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Path content, Path templates, Output output, int jobs) throws ContentException {
        Problems problems = new Problems();
        Map<String, Long> millis = new LinkedHashMap<>();
        long clock = System.nanoTime();
        Site site = new ContentLoader().load(content, problems).orElse(null);
        clock = lap(millis, "load", clock);
        ComputedSite computed = site == null ? null : SiteCalculator.compute(site, problems).orElse(null);
        clock = lap(millis, "compute", clock);
        SiteRenderer renderer = new SiteRenderer(new TemplateEngine(templates));
        SiteRenderer.Session session = null;
        Map<String, String> printHtml = Map.of();
        if (computed != null && !problems.hasErrors()) {
            session = renderer.begin(computed, problems);
            printHtml = session.printHtml();
            for (ComputedPaper paper : computed.papers()) {
                GlyphCheck.check(paper, printHtml.get(paper.paper().slug()), problems);
                PrintChecks.check(paper, problems);
            }
        }
        if (computed == null || session == null || problems.hasErrors()) {
            throw new ContentException(problems);
        }
        clock = lap(millis, "render print html and check", clock);
        if (output == Output.CHECK) {
            return new Result(computed, Map.of(), problems.sorted(), millis);
        }
        Map<String, Calendar> created = new LinkedHashMap<>();
        for (ComputedPaper paper : computed.papers()) {
            created.put(paper.paper().slug(), SitePrinter.creationDate(paper, System.getenv("SOURCE_DATE_EPOCH")));
        }
        // PDFs print in the background while this thread renders the web pages.
        SitePrinter.Printing printing = new SitePrinter(new PdfPrinter("Committee Papers"), jobs).start(printHtml, created);
        Map<String, byte[]> files = new LinkedHashMap<>(output == Output.SITE ? session.pages() : Map.of());
        clock = lap(millis, "render web pages", clock);
        Map<String, byte[]> pdfs = printing.await();
        clock = lap(millis, "wait for pdfs", clock);
        for (ComputedPaper paper : computed.papers()) {
            files.put(SiteRenderer.pdfPath(paper.paper()), pdfs.get(paper.paper().slug()));
        }
        if (output == Output.SITE) {
            LinkCheck.check(files, sources(computed), problems);
            if (problems.hasErrors()) {
                throw new ContentException(problems);
            }
        }
        lap(millis, "check links", clock);
        return new Result(computed, files, problems.sorted(), millis);
    }

    private static long lap(Map<String, Long> millis, String stage, long since) {
        long now = System.nanoTime();
        millis.put(stage, (now - since) / 1_000_000);
        return now;
    }

    private static List<SourceFile> sources(ComputedSite computed) {
        List<SourceFile> sources = new java.util.ArrayList<>();
        for (ComputedPaper paper : computed.papers()) {
            sources.add(paper.paper().position().file());
            paper.paper().proposals().forEach(p -> sources.add(p.file()));
        }
        return sources;
    }
}
