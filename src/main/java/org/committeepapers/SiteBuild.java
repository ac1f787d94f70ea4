package org.committeepapers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.print.PdfPrinter;
import org.committeepapers.print.SitePrinter;
import org.committeepapers.problem.ContentException;
import org.committeepapers.publish.OpenData;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.LinkCheck;
import org.committeepapers.render.SiteRenderer;

/**
 * Finishes a run for {@link Pipeline.Output#PDF} and {@link Pipeline.Output#SITE}: packs and reports packs
 * print first, because the web pages quote their page numbers; the papers' own PDFs print meanwhile; the web
 * pages are rendered once every PDF is printed, as each link to a PDF gives its size and pages; then every
 * link is checked. Whatever the cache holds under
 * the same {@link CacheKeys key} is reused rather than made.
 */
final class SiteBuild {
    private final PipelineRun run;
    private final OutputCache cache;
    private final Map<String, byte[]> cachedPdfs = new LinkedHashMap<>();
    /** Output files taken from the cache, which were checked when made. */
    private final Set<String> reused = new HashSet<>();
    private String siteView;

    SiteBuild(PipelineRun run) {
        this.run = run;
        this.cache = run.options.cache();
    }

    Pipeline.Result make() throws ContentException {
        run.renderPrintHtml(paper -> false);
        Map<String, org.committeepapers.render.PrintDocument> documents = run.session.documents();
        run.stopOnErrors();
        if (run.options.strict() && run.problems.hasWarnings()) {
            // --strict refuses this build for its warnings whatever follows: print nothing.
            return run.result(Map.of(), Map.of());
        }
        takePdfsFromCache();
        run.lap("render print html and check");
        Map<String, byte[]> files = new LinkedHashMap<>();
        SitePrinter.Printing printing = printPacksFirst(documents, files);
        run.lap("print packs");
        addPaperPdfs(printing.awaitAll(), files);
        run.lap("wait for pdfs");
        // Every link to a PDF says its size and pages, so the pages are rendered once every PDF is printed.
        files.forEach(run.session::printed);
        if (run.options.output() == Pipeline.Output.SITE) {
            files.putAll(run.session.sitePages());
            run.computed.papers().forEach(paper -> files.putAll(paperPages(paper)));
            files.putAll(run.session.publicPages(files));
            run.computed.papers().forEach(paper -> files.putAll(OpenData.files(paper, run.options.content())));
        }
        run.lap("render web pages");
        if (run.options.output() == Pipeline.Output.SITE) {
            Set<String> checked = new LinkedHashSet<>(files.keySet());
            checked.removeAll(reused);
            LinkCheck.check(files, checked, run.sources(), run.problems);
            run.stopOnErrors();
        }
        run.lap("check links");
        return run.result(files, Map.of());
    }

    /** Takes out of the papers to print those whose PDF the cache holds for the same print HTML. */
    private void takePdfsFromCache() {
        if (cache == null) {
            return;
        }
        run.fresh.removeIf(paper -> {
            Optional<byte[]> pdf = cache.get(pdfKey(paper)).map(bundle -> bundle.get(SiteRenderer.pdfPath(paper.paper())));
            pdf.ifPresent(bytes -> {
                cachedPdfs.put(paper.paper().slug(), bytes);
                run.options.progress().cached(paper.paper().slug());
            });
            return pdf.isPresent();
        });
    }

    private String pdfKey(ComputedPaper paper) {
        return run.keys.pdf(run.printHtml.get(paper.paper().slug()), SitePrinter.creationDate(paper, run.epoch));
    }

    /**
     * Starts printing every pack and fresh paper, waits for the packs (from the cache when there) and hands
     * their layout to the renderer; the papers go on printing.
     */
    private SitePrinter.Printing printPacksFirst(Map<String, org.committeepapers.render.PrintDocument> documents,
            Map<String, byte[]> files) {
        List<SitePrinter.Job> toPrint = new ArrayList<>();
        Map<String, PdfPrinter.Printed> cachedDocuments = new LinkedHashMap<>();
        documents.forEach((path, document) -> {
            Optional<PdfPrinter.Printed> hit = cachedDocument(path, document.html());
            hit.ifPresent(printed -> {
                cachedDocuments.put(path, printed);
                run.options.progress().cached(path);
            });
            if (hit.isEmpty()) {
                toPrint.add(new SitePrinter.Job(path, document.html(),
                        SitePrinter.creationDate(document.date(), run.epoch), document.anchors()));
            }
        });
        for (ComputedPaper paper : run.fresh) {
            String slug = paper.paper().slug();
            toPrint.add(new SitePrinter.Job(slug, run.printHtml.get(slug), SitePrinter.creationDate(paper, run.epoch), null));
        }
        SitePrinter.Printing printing = new SitePrinter(new PdfPrinter(PipelineRun.PRODUCER), run.options.jobs())
                .start(toPrint, run.options.progress());
        for (String path : documents.keySet()) {
            PdfPrinter.Printed printed = cachedDocuments.containsKey(path) ? cachedDocuments.get(path) : printing.await(path);
            run.session.laidOut(path, printed.pages(), printed.pageCount());
            files.put(path, printed.pdf());
            if (cache != null && !cachedDocuments.containsKey(path)) {
                cache.put(run.keys.document(documents.get(path).html()),
                        Map.of(path, printed.pdf(), CachedLayout.FILE, CachedLayout.write(printed)));
            }
        }
        reused.addAll(cachedDocuments.keySet());
        return printing;
    }

    private Optional<PdfPrinter.Printed> cachedDocument(String path, String html) {
        if (cache == null) {
            return Optional.empty();
        }
        return cache.get(run.keys.document(html))
                .filter(bundle -> bundle.containsKey(path) && bundle.containsKey(CachedLayout.FILE))
                .map(bundle -> CachedLayout.read(bundle.get(path), bundle.get(CachedLayout.FILE)));
    }

    /** What the pages are told of the site, once every document is printed (links quote their sizes). */
    private String siteView() {
        if (siteView == null) {
            siteView = run.session.siteViewText();
        }
        return siteView;
    }

    /** A paper's web pages, from the cache when neither its sources nor the pack pages it quotes changed. */
    private Map<String, byte[]> paperPages(ComputedPaper paper) {
        if (cache == null) {
            return run.session.paperPages(paper);
        }
        String key = run.keys.pages(paper, siteView(), run.session.printReferences(paper));
        Optional<Map<String, byte[]>> hit = cache.get(key);
        if (hit.isPresent()) {
            reused.addAll(hit.get().keySet());
            return hit.get();
        }
        Map<String, byte[]> made = run.session.paperPages(paper);
        cache.put(key, made);
        return made;
    }

    private void addPaperPdfs(Map<String, PdfPrinter.Printed> printed, Map<String, byte[]> files) {
        for (ComputedPaper paper : run.computed.papers()) {
            String slug = paper.paper().slug();
            String path = SiteRenderer.pdfPath(paper.paper());
            if (cachedPdfs.containsKey(slug)) {
                files.put(path, cachedPdfs.get(slug));
                reused.add(path);
            } else {
                files.put(path, printed.get(slug).pdf());
                if (cache != null) {
                    cache.put(pdfKey(paper), Map.of(path, printed.get(slug).pdf()));
                }
            }
        }
    }
}
