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
import org.committeepapers.load.JsonSchemas;
import org.committeepapers.load.SchemaRecorder;
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
        SITE,
        /**
         * The web pages at once, and each PDF only when asked for ({@link Result#printable()}): the preview,
         * where a save must show in the browser within a blink. Pages do not quote pack page numbers, as
         * the packs are not laid out; the links are not checked.
         */
        PREVIEW
    }

    /**
     * A successful run: the computed site, its output files, any warnings, milliseconds per stage, and (for
     * {@link Output#PREVIEW}) each PDF's path with a way to print it on request, once.
     */
    public record Result(ComputedSite site, Map<String, byte[]> files, List<Problem> warnings, Map<String, Long> millis,
            Map<String, java.util.function.Supplier<byte[]>> printable) {

        public Result(ComputedSite site, Map<String, byte[]> files, List<Problem> warnings, Map<String, Long> millis) {
            this(site, files, warnings, millis, Map.of());
        }
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
     * As {@link #run(Path, Path, Output, int)}, reusing from {@code cache} (when given) every paper's PDF whose
     * sources, templates and engine are unchanged, and its pages when, besides, the pack page numbers they
     * quote are unchanged; and storing the ones it makes.
     *
     * <p>Packs and reports packs print first, because the web pages quote their page numbers; the papers'
     * own PDFs print meanwhile and after, while this thread renders the web pages.
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Path content, Path templates, Output output, int jobs, OutputCache cache)
            throws ContentException {
        return run(content, templates, output, jobs, cache, (key, done, total) -> { });
    }

    /**
     * As {@link #run(Path, Path, Output, int, OutputCache)}, telling {@code progress} as each PDF is printed
     * (from the printing threads), for a progress line such as "Printing PDF 3/8".
     *
     * @throws ContentException listing every error found
     */
    public static Result run(Path content, Path templates, Output output, int jobs, OutputCache cache,
            SitePrinter.Progress progress) throws ContentException {
        Problems problems = new Problems();
        Map<String, Long> millis = new LinkedHashMap<>();
        long clock = System.nanoTime();
        // The site ships JSON Schemas for editors, learnt from the binder as it reads (see SchemaRecorder).
        SchemaRecorder schemas = output == Output.SITE || output == Output.PREVIEW ? new SchemaRecorder() : null;
        Site site = schemas == null ? new ContentLoader().load(content, problems).orElse(null)
                : schemas.record(() -> new ContentLoader().load(content, problems)).orElse(null);
        clock = lap(millis, "load", clock);
        ComputedSite computed = site == null ? null : SiteCalculator.compute(site, problems).orElse(null);
        clock = lap(millis, "compute", clock);
        if (computed == null || problems.hasErrors()) {
            throw new ContentException(problems);
        }
        TemplateEngine engine = new TemplateEngine(templates);
        SiteRenderer.Session session = new SiteRenderer(engine).begin(computed, problems);
        // The preview prints on request, from print HTML made now; a cached PDF would leave it none.
        boolean caching = cache != null && output != Output.CHECK && output != Output.PREVIEW;
        Map<String, String> sourceKeys = new LinkedHashMap<>();
        Map<String, byte[]> cachedPdfs = new LinkedHashMap<>();
        List<ComputedPaper> fresh = new java.util.ArrayList<>();
        for (ComputedPaper paper : computed.papers()) {
            String slug = paper.paper().slug();
            if (caching) {
                sourceKeys.put(slug, sourceKey(content, engine, computed, paper));
                Optional<byte[]> pdf = cache.get(OutputCache.key(List.of("pdf", sourceKeys.get(slug))))
                        .map(bundle -> bundle.get(SiteRenderer.pdfPath(paper.paper())));
                if (pdf.isPresent()) {
                    cachedPdfs.put(slug, pdf.get());
                    continue;
                }
            }
            fresh.add(paper);
        }
        Map<String, String> printHtml = session.printHtml(fresh);
        for (ComputedPaper paper : fresh) {
            GlyphCheck.check(paper, printHtml.get(paper.paper().slug()), problems);
            PrintChecks.check(paper, problems);
        }
        // The preview renders packs only when one is asked for; a build renders them now, to print them first.
        Map<String, SiteRenderer.Session.Document> documents = output == Output.PREVIEW ? Map.of() : session.documents();
        if (problems.hasErrors()) {
            throw new ContentException(problems);
        }
        clock = lap(millis, "render print html and check", clock);
        if (output == Output.CHECK) {
            return new Result(computed, Map.of(), problems.sorted(), millis);
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (output == Output.PREVIEW) {
            return preview(computed, session, printHtml, schemas, epoch, problems, millis, clock);
        }
        List<SitePrinter.Job> jobsToPrint = new java.util.ArrayList<>();
        documents.forEach((path, document) -> jobsToPrint.add(new SitePrinter.Job(path, document.html(),
                SitePrinter.creationDate(document.date(), epoch), document.anchors())));
        for (ComputedPaper paper : fresh) {
            String slug = paper.paper().slug();
            jobsToPrint.add(new SitePrinter.Job(slug, printHtml.get(slug), SitePrinter.creationDate(paper, epoch), null));
        }
        SitePrinter.Printing printing = new SitePrinter(new PdfPrinter("Committee Papers"), jobs).start(jobsToPrint,
                progress);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : documents.keySet()) {
            PdfPrinter.Printed printed = printing.await(path);
            session.laidOut(path, printed.pages(), printed.pageCount());
            files.put(path, printed.pdf());
        }
        clock = lap(millis, "print packs", clock);
        if (output == Output.SITE) {
            files.putAll(session.sitePages());
            JsonSchemas.write(schemas).forEach((name, bytes) -> files.put("schema/" + name, bytes));
        }
        java.util.Set<String> reused = new java.util.HashSet<>();
        Map<String, String> pageKeys = new LinkedHashMap<>();
        for (ComputedPaper paper : computed.papers()) {
            if (output != Output.SITE) {
                break;
            }
            String slug = paper.paper().slug();
            Optional<Map<String, byte[]>> pages = Optional.empty();
            if (caching) {
                pageKeys.put(slug, OutputCache.key(List.of("pages", sourceKeys.get(slug), session.printReferences(paper))));
                pages = cache.get(pageKeys.get(slug));
            }
            if (pages.isPresent()) {
                files.putAll(pages.get());
                reused.addAll(pages.get().keySet());
            } else {
                Map<String, byte[]> made = session.paperPages(paper);
                files.putAll(made);
                if (caching) {
                    cache.put(pageKeys.get(slug), made);
                }
            }
        }
        clock = lap(millis, "render web pages", clock);
        Map<String, PdfPrinter.Printed> pdfs = printing.awaitAll();
        clock = lap(millis, "wait for pdfs", clock);
        for (ComputedPaper paper : computed.papers()) {
            String slug = paper.paper().slug();
            String path = SiteRenderer.pdfPath(paper.paper());
            if (cachedPdfs.containsKey(slug)) {
                files.put(path, cachedPdfs.get(slug));
                reused.add(path);
                continue;
            }
            files.put(path, pdfs.get(slug).pdf());
            if (caching) {
                cache.put(OutputCache.key(List.of("pdf", sourceKeys.get(slug))), Map.of(path, pdfs.get(slug).pdf()));
            }
        }
        if (output == Output.SITE) {
            java.util.Set<String> checked = new java.util.LinkedHashSet<>(files.keySet());
            checked.removeAll(reused);
            LinkCheck.check(files, checked, sources(computed), problems);
            if (problems.hasErrors()) {
                throw new ContentException(problems);
            }
        }
        lap(millis, "check links", clock);
        return new Result(computed, sortedFiles(files), problems.sorted(), millis);
    }

    private static Result preview(ComputedSite computed, SiteRenderer.Session session, Map<String, String> printHtml,
            SchemaRecorder schemas, String epoch, Problems problems, Map<String, Long> millis, long clock)
            throws ContentException {
        Map<String, byte[]> files = new LinkedHashMap<>(session.sitePages());
        computed.papers().forEach(paper -> files.putAll(session.paperPages(paper)));
        JsonSchemas.write(schemas).forEach((name, bytes) -> files.put("schema/" + name, bytes));
        clock = lap(millis, "render web pages", clock);
        PdfPrinter printer = new PdfPrinter("Committee Papers");
        Map<String, java.util.function.Supplier<byte[]>> printable = new LinkedHashMap<>();
        for (ComputedPaper paper : computed.papers()) {
            String html = printHtml.get(paper.paper().slug());
            Calendar created = SitePrinter.creationDate(paper, epoch);
            printable.put(SiteRenderer.pdfPath(paper.paper()), once(() -> printer.print(html, created)));
        }
        for (String path : session.documentPaths()) {
            printable.put(path, once(() -> {
                SiteRenderer.Session.Document document = session.document(path);
                return printer.print(document.html(), SitePrinter.creationDate(document.date(), epoch));
            }));
        }
        // Links are checked as in a build; a PDF not yet printed still counts as there.
        Map<String, byte[]> linked = new LinkedHashMap<>(files);
        printable.keySet().forEach(path -> linked.put(path, new byte[0]));
        LinkCheck.check(linked, files.keySet(), sources(computed), problems);
        if (problems.hasErrors()) {
            throw new ContentException(problems);
        }
        lap(millis, "check links", clock);
        return new Result(computed, sortedFiles(files), problems.sorted(), millis, java.util.Collections.unmodifiableMap(printable));
    }

    /** Makes the value on first use only, however many ask at once. */
    private static java.util.function.Supplier<byte[]> once(java.util.function.Supplier<byte[]> maker) {
        return new java.util.function.Supplier<>() {
            private byte[] made;

            @Override
            public synchronized byte[] get() {
                if (made == null) {
                    made = maker.get();
                }
                return made;
            }
        };
    }

    /** Output paths in a fixed order, so reports and listings do not depend on which pages came from the cache. */
    private static Map<String, byte[]> sortedFiles(Map<String, byte[]> files) {
        return new java.util.TreeMap<>(files);
    }

    /**
     * Everything a paper's PDF and pages are made from, but for the pack page numbers its pages quote: a
     * change to any of it changes the key.
     */
    private static String sourceKey(Path content, TemplateEngine engine, ComputedSite site, ComputedPaper paper) {
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
