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
    private static final String PRODUCER = "Committee Papers";
    /** Where a cached pack keeps the pages its anchors landed on, beside its PDF; never published. */
    private static final String LAYOUT = "layout.txt";

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
        return new Run(content, templates, output, jobs, cache, progress).make();
    }

    /**
     * Makes the preview ({@link Output#PREVIEW}), reusing from {@code memory} the pages and PDF maker of every
     * paper whose sources, templates and engine are unchanged since the last preview made with it: a save
     * rebuilds only the papers it touches, and the pages about the whole site.
     *
     * @throws ContentException listing every error found
     */
    public static Result preview(Path content, Path templates, PreviewMemory memory) throws ContentException {
        return new Run(content, templates, Output.PREVIEW, 1, null, (key, done, total) -> { }, memory).make();
    }

    /**
     * What a preview keeps between rebuilds, in memory: each paper's pages and PDF maker from the last
     * successful preview, by a key over everything they are made from. Only the last preview's are kept.
     */
    public static final class PreviewMemory {
        private Map<String, Map<String, byte[]>> pages = Map.of();
        private Map<String, java.util.function.Supplier<byte[]>> pdfs = Map.of();

        synchronized Optional<Map<String, byte[]>> pages(String key) {
            return Optional.ofNullable(pages.get(key));
        }

        synchronized java.util.function.Supplier<byte[]> pdf(String key) {
            return pdfs.get(key);
        }

        synchronized void replace(Map<String, Map<String, byte[]>> pages, Map<String, java.util.function.Supplier<byte[]>> pdfs) {
            this.pages = Map.copyOf(pages);
            this.pdfs = Map.copyOf(pdfs);
        }
    }

    /** One run: the stages in order, sharing what they have learnt. */
    private static final class Run {
        private final Path content;
        private final Path templates;
        private final Output output;
        private final int jobs;
        private final OutputCache cache;
        private final SitePrinter.Progress progress;
        private final PreviewMemory memory;
        private final Problems problems = new Problems();
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private final String epoch = System.getenv("SOURCE_DATE_EPOCH");
        private long clock = System.nanoTime();
        private ComputedSite computed;
        private TemplateEngine engine;
        private SiteRenderer.Session session;
        /** Per paper slug: the cache key of its sources, and its PDF when the cache has it. */
        private final Map<String, String> sourceKeys = new LinkedHashMap<>();
        private final Map<String, byte[]> cachedPdfs = new LinkedHashMap<>();
        private final List<ComputedPaper> fresh = new java.util.ArrayList<>();
        private Map<String, String> printHtml;
        /** Output files taken from the cache, which need no link check. */
        private final java.util.Set<String> reused = new java.util.HashSet<>();

        Run(Path content, Path templates, Output output, int jobs, OutputCache cache, SitePrinter.Progress progress) {
            this(content, templates, output, jobs, cache, progress, null);
        }

        Run(Path content, Path templates, Output output, int jobs, OutputCache cache, SitePrinter.Progress progress,
                PreviewMemory memory) {
            this.content = content;
            this.templates = templates;
            this.output = output;
            this.jobs = jobs;
            // The preview prints on request, from print HTML made now; a cached PDF would leave it none.
            this.cache = output == Output.CHECK || output == Output.PREVIEW ? null : cache;
            this.progress = progress;
            this.memory = memory;
        }

        Result make() throws ContentException {
            loadAndCompute();
            engine = new TemplateEngine(templates);
            engine.checkOverrides(problems);
            session = new SiteRenderer(engine).begin(computed, problems);
            findCachedPdfs();
            printHtml = session.printHtml(fresh);
            for (ComputedPaper paper : fresh) {
                GlyphCheck.check(paper, printHtml.get(paper.paper().slug()), problems);
                PrintChecks.check(paper, problems);
            }
            // A build renders the packs now, to print them first; the preview only when one is asked for.
            Map<String, SiteRenderer.Session.Document> documents = output == Output.PREVIEW ? Map.of() : session.documents();
            stopOnErrors();
            lap("render print html and check");
            return switch (output) {
                case CHECK -> new Result(computed, Map.of(), problems.sorted(), millis);
                case PREVIEW -> preview();
                case PDF, SITE -> build(documents);
            };
        }

        private void loadAndCompute() throws ContentException {
            // A build leaves out papers marked draft: true; check and the preview show them.
            boolean drafts = output == Output.CHECK || output == Output.PREVIEW;
            Site site = new ContentLoader(drafts).load(content, problems).orElse(null);
            lap("load");
            computed = site == null ? null : SiteCalculator.compute(site, problems).orElse(null);
            lap("compute");
            if (computed == null) {
                throw new ContentException(problems);
            }
            stopOnErrors();
        }

        private void findCachedPdfs() {
            for (ComputedPaper paper : computed.papers()) {
                String slug = paper.paper().slug();
                if (memory != null) {
                    sourceKeys.put(slug, sourceKey(content, engine, computed, paper));
                    if (memory.pdf(sourceKeys.get(slug)) != null) {
                        continue;
                    }
                } else if (cache != null) {
                    sourceKeys.put(slug, sourceKey(content, engine, computed, paper));
                    Optional<byte[]> pdf = cache.get(pdfKey(slug)).map(bundle -> bundle.get(SiteRenderer.pdfPath(paper.paper())));
                    if (pdf.isPresent()) {
                        cachedPdfs.put(slug, pdf.get());
                        progress.cached(slug);
                        continue;
                    }
                }
                fresh.add(paper);
            }
        }

        /**
         * A pack's PDF and layout from the cache: its print HTML holds everything it is made from (the style
         * sheet is inlined, the fonts are the engine's), so the same HTML from the same engine is the same PDF.
         */
        private Optional<PdfPrinter.Printed> cachedDocument(SitePrinter.Job job) {
            if (cache == null || job.anchors() == null) {
                return Optional.empty();
            }
            return cache.get(documentKey(job.html())).filter(bundle -> bundle.containsKey(job.key()) && bundle.containsKey(LAYOUT))
                    .map(bundle -> Layouts.read(bundle.get(job.key()), new String(bundle.get(LAYOUT),
                            java.nio.charset.StandardCharsets.UTF_8)));
        }

        private String documentKey(String html) {
            return OutputCache.key(List.of("document", Engine.IDENTITY, String.valueOf(epoch), html));
        }

        private String pdfKey(String slug) {
            return OutputCache.key(List.of("pdf", sourceKeys.get(slug)));
        }

        /**
         * Prints the packs first and takes their layout, renders the web pages (quoting the packs' page
         * numbers) while the papers' own PDFs print, then checks the links.
         */
        private Result build(Map<String, SiteRenderer.Session.Document> documents) throws ContentException {
            List<SitePrinter.Job> toPrint = new java.util.ArrayList<>();
            documents.forEach((path, document) -> toPrint.add(new SitePrinter.Job(path, document.html(),
                    SitePrinter.creationDate(document.date(), epoch), document.anchors())));
            for (ComputedPaper paper : fresh) {
                String slug = paper.paper().slug();
                toPrint.add(new SitePrinter.Job(slug, printHtml.get(slug), SitePrinter.creationDate(paper, epoch), null));
            }
            Map<String, PdfPrinter.Printed> cachedDocuments = new LinkedHashMap<>();
            toPrint.removeIf(job -> {
                Optional<PdfPrinter.Printed> hit = cachedDocument(job);
                hit.ifPresent(printed -> {
                    cachedDocuments.put(job.key(), printed);
                    progress.cached(job.key());
                });
                return hit.isPresent();
            });
            SitePrinter.Printing printing = new SitePrinter(new PdfPrinter(PRODUCER), jobs).start(toPrint, progress);
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String path : documents.keySet()) {
                PdfPrinter.Printed printed = cachedDocuments.containsKey(path) ? cachedDocuments.get(path)
                        : printing.await(path);
                session.laidOut(path, printed.pages(), printed.pageCount());
                files.put(path, printed.pdf());
                if (cache != null && !cachedDocuments.containsKey(path)) {
                    cache.put(documentKey(documents.get(path).html()), Map.of(path, printed.pdf(),
                            LAYOUT, Layouts.write(printed).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
            cachedDocuments.keySet().forEach(reused::add);
            lap("print packs");
            if (output == Output.SITE) {
                files.putAll(session.sitePages());
                computed.papers().forEach(paper -> files.putAll(paperPages(paper)));
            }
            lap("render web pages");
            Map<String, PdfPrinter.Printed> pdfs = printing.awaitAll();
            lap("wait for pdfs");
            for (ComputedPaper paper : computed.papers()) {
                String slug = paper.paper().slug();
                String path = SiteRenderer.pdfPath(paper.paper());
                if (cachedPdfs.containsKey(slug)) {
                    files.put(path, cachedPdfs.get(slug));
                    reused.add(path);
                } else {
                    files.put(path, pdfs.get(slug).pdf());
                    if (cache != null) {
                        cache.put(pdfKey(slug), Map.of(path, pdfs.get(slug).pdf()));
                    }
                }
            }
            if (output == Output.SITE) {
                java.util.Set<String> checked = new java.util.LinkedHashSet<>(files.keySet());
                checked.removeAll(reused);
                LinkCheck.check(files, checked, sources(computed), problems);
                stopOnErrors();
            }
            lap("check links");
            return new Result(computed, sortedFiles(files), problems.sorted(), millis);
        }

        /** A paper's web pages, from the cache when neither its sources nor the pack pages it quotes changed. */
        private Map<String, byte[]> paperPages(ComputedPaper paper) {
            if (cache == null) {
                return session.paperPages(paper);
            }
            String key = OutputCache.key(List.of("pages", sourceKeys.get(paper.paper().slug()),
                    session.printReferences(paper)));
            Optional<Map<String, byte[]>> hit = cache.get(key);
            if (hit.isPresent()) {
                reused.addAll(hit.get().keySet());
                return hit.get();
            }
            Map<String, byte[]> made = session.paperPages(paper);
            cache.put(key, made);
            return made;
        }

        /** Every web page now, each PDF when first asked for; links checked as in a build. */
        private Result preview() throws ContentException {
            Map<String, byte[]> files = new LinkedHashMap<>(session.sitePages());
            Map<String, Map<String, byte[]>> keptPages = new LinkedHashMap<>();
            for (ComputedPaper paper : computed.papers()) {
                String key = sourceKeys.get(paper.paper().slug());
                Optional<Map<String, byte[]>> kept = memory == null ? Optional.empty() : memory.pages(key);
                kept.ifPresent(pages -> reused.addAll(pages.keySet()));
                Map<String, byte[]> pages = kept.orElseGet(() -> session.paperPages(paper));
                files.putAll(pages);
                if (key != null) {
                    keptPages.put(key, pages);
                }
            }
            lap("render web pages");
            PdfPrinter printer = new PdfPrinter(PRODUCER);
            Map<String, java.util.function.Supplier<byte[]>> printable = new LinkedHashMap<>();
            Map<String, java.util.function.Supplier<byte[]>> keptPdfs = new LinkedHashMap<>();
            for (ComputedPaper paper : computed.papers()) {
                String key = sourceKeys.get(paper.paper().slug());
                java.util.function.Supplier<byte[]> pdf = memory == null ? null : memory.pdf(key);
                if (pdf == null) {
                    String html = printHtml.get(paper.paper().slug());
                    Calendar created = SitePrinter.creationDate(paper, epoch);
                    pdf = once(() -> printer.print(html, created));
                }
                printable.put(SiteRenderer.pdfPath(paper.paper()), pdf);
                if (key != null) {
                    keptPdfs.put(key, pdf);
                }
            }
            for (String path : session.documentPaths()) {
                printable.put(path, once(() -> {
                    SiteRenderer.Session.Document document = session.document(path);
                    return printer.print(document.html(), SitePrinter.creationDate(document.date(), epoch));
                }));
            }
            // A PDF not yet printed still counts as there; pages kept from the last preview were checked then.
            Map<String, byte[]> linked = new LinkedHashMap<>(files);
            printable.keySet().forEach(path -> linked.put(path, new byte[0]));
            java.util.Set<String> checked = new java.util.LinkedHashSet<>(files.keySet());
            checked.removeAll(reused);
            LinkCheck.check(linked, checked, sources(computed), problems);
            stopOnErrors();
            lap("check links");
            if (memory != null) {
                memory.replace(keptPages, keptPdfs);
            }
            return new Result(computed, sortedFiles(files), problems.sorted(), millis,
                    java.util.Collections.unmodifiableMap(printable));
        }

        private void stopOnErrors() throws ContentException {
            if (problems.hasErrors()) {
                throw new ContentException(problems);
            }
        }

        private void lap(String stage) {
            long now = System.nanoTime();
            millis.put(stage, (now - clock) / 1_000_000);
            clock = now;
            progress.stage(stage, millis.get(stage));
        }
    }

    /** A printed document's layout as text, one {@code id page} per line after the page count, for the cache. */
    private static final class Layouts {
        static String write(PdfPrinter.Printed printed) {
            StringBuilder text = new StringBuilder().append(printed.pageCount()).append('\n');
            printed.pages().forEach((id, page) -> text.append(id).append(' ').append(page).append('\n'));
            return text.toString();
        }

        static PdfPrinter.Printed read(byte[] pdf, String text) {
            String[] lines = text.split("\n");
            Map<String, Integer> pages = new java.util.TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int space = lines[i].lastIndexOf(' ');
                pages.put(lines[i].substring(0, space), Integer.parseInt(lines[i].substring(space + 1)));
            }
            return new PdfPrinter.Printed(pdf, java.util.Collections.unmodifiableMap(pages), Integer.parseInt(lines[0]));
        }
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


    private static List<SourceFile> sources(ComputedSite computed) {
        List<SourceFile> sources = new java.util.ArrayList<>();
        for (ComputedPaper paper : computed.papers()) {
            sources.add(paper.paper().position().file());
            paper.paper().proposals().forEach(p -> sources.add(p.file()));
        }
        return sources;
    }
}
