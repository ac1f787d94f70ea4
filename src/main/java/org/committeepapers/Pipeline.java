package org.committeepapers;

import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
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
import org.committeepapers.publish.OutputCache;
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
        return run(content, templates, output, jobs, null);
    }

    /**
     * As {@link #run(Path, Path, Output, int)}, reusing from {@code cache} (when given) the pages and PDF of
     * every paper whose sources, templates and engine are unchanged, and storing the ones it makes.
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Path content, Path templates, Output output, int jobs, OutputCache cache)
            throws ContentException {
        Problems problems = new Problems();
        Map<String, Long> millis = new LinkedHashMap<>();
        long clock = System.nanoTime();
        Site site = new ContentLoader().load(content, problems).orElse(null);
        clock = lap(millis, "load", clock);
        ComputedSite computed = site == null ? null : SiteCalculator.compute(site, problems).orElse(null);
        clock = lap(millis, "compute", clock);
        TemplateEngine engine = new TemplateEngine(templates);
        SiteRenderer renderer = new SiteRenderer(engine);
        SiteRenderer.Session session = null;
        Map<String, String> printHtml = Map.of();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Map<String, byte[]>> cached = new LinkedHashMap<>();
        List<ComputedPaper> fresh = new java.util.ArrayList<>();
        if (computed != null && !problems.hasErrors()) {
            session = renderer.begin(computed, problems);
            for (ComputedPaper paper : computed.papers()) {
                if (cache != null && output != Output.CHECK) {
                    String key = cacheKey(content, engine, computed, paper);
                    keys.put(paper.paper().slug(), key);
                    Optional<Map<String, byte[]>> hit = cache.get(key);
                    if (hit.isPresent()) {
                        cached.put(paper.paper().slug(), hit.get());
                        continue;
                    }
                }
                fresh.add(paper);
            }
            printHtml = session.printHtml(fresh);
            for (ComputedPaper paper : fresh) {
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
        for (ComputedPaper paper : fresh) {
            created.put(paper.paper().slug(), SitePrinter.creationDate(paper, System.getenv("SOURCE_DATE_EPOCH")));
        }
        // PDFs print in the background while this thread renders the web pages.
        SitePrinter.Printing printing = new SitePrinter(new PdfPrinter("Committee Papers"), jobs).start(printHtml, created);
        Map<String, byte[]> files = new LinkedHashMap<>(output == Output.SITE ? session.sitePages() : Map.of());
        Map<String, Map<String, byte[]>> made = new LinkedHashMap<>();
        for (ComputedPaper paper : fresh) {
            made.put(paper.paper().slug(), new LinkedHashMap<>(output == Output.SITE ? session.paperPages(paper) : Map.of()));
        }
        clock = lap(millis, "render web pages", clock);
        Map<String, byte[]> pdfs = printing.await();
        clock = lap(millis, "wait for pdfs", clock);
        for (ComputedPaper paper : computed.papers()) {
            String slug = paper.paper().slug();
            if (cached.containsKey(slug)) {
                cached.get(slug).forEach((path, bytes) -> {
                    if (output == Output.SITE || path.endsWith(".pdf")) {
                        files.put(path, bytes);
                    }
                });
                continue;
            }
            Map<String, byte[]> bundle = made.get(slug);
            bundle.put(SiteRenderer.pdfPath(paper.paper()), pdfs.get(slug));
            files.putAll(bundle);
            if (cache != null && output == Output.SITE) {
                cache.put(keys.get(slug), bundle);
            }
        }
        if (output == Output.SITE) {
            java.util.Set<String> checked = new java.util.LinkedHashSet<>(files.keySet());
            cached.values().forEach(bundle -> checked.removeAll(bundle.keySet()));
            LinkCheck.check(files, checked, sources(computed), problems);
            if (problems.hasErrors()) {
                throw new ContentException(problems);
            }
        }
        lap(millis, "check links", clock);
        return new Result(computed, files, problems.sorted(), millis);
    }

    /** Everything a paper's pages and PDF are made from: a change to any of it changes the key. */
    private static String cacheKey(Path content, TemplateEngine engine, ComputedSite site, ComputedPaper paper) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(Engine.IDENTITY);
        parts.add(String.valueOf(System.getenv("SOURCE_DATE_EPOCH")));
        parts.add(engine.fingerprint());
        try {
            parts.add(java.nio.file.Files.readString(content.resolve("site.yaml")));
        } catch (java.io.IOException e) {
            parts.add("");
        }
        // Pages show every paper's title and committee in their navigation, so every paper.yaml counts.
        site.papers().forEach(p -> parts.add(p.paper().position().file().text()));
        parts.add(paper.paper().slug());
        paper.paper().proposals().forEach(p -> {
            parts.add(p.slug());
            parts.add(p.file().text());
        });
        return OutputCache.key(parts);
    }

    /**
     * This engine's identity: the jar's own bytes when run from one, so any code change empties the cache.
     * Held in its own class so that only builds using the cache pay for hashing the jar.
     */
    private static final class Engine {
        static final String IDENTITY = engineIdentity();
    }

    private static String engineIdentity() {
        try {
            Path code = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(code)) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(code));
                return "jar:" + java.util.HexFormat.of().formatHex(digest);
            }
            return "classes:" + code;
        } catch (Exception e) {
            return "unknown:" + System.nanoTime();
        }
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
