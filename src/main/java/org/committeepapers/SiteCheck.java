package org.committeepapers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.problem.ContentException;
import org.committeepapers.publish.OpenData;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.LinkCheck;
import org.committeepapers.render.SiteRenderer;

/**
 * Finishes a run for {@link Pipeline.Output#CHECK}: everything a build checks, nothing made or printed: the
 * print HTML, the ids the pages quote from each pack's print HTML, and every web page (the public pages too:
 * calendars, search, accessibility statement) rendered with its links checked.
 *
 * <p>With a cache, a paper is rendered only when something it is made from changed since a check that found
 * nothing to report ({@link CacheKeys#check}): the officer's loop is to edit one paper and check again. Its
 * pages come from the cache and their links are checked with every other page's. Only a check whose rendering
 * found no problem at all stores what it made, so a paper taken from the cache is one whose print HTML and
 * pages, made from the same inputs, had nothing to report.
 */
final class SiteCheck {
    private final PipelineRun run;
    private final OutputCache cache;

    SiteCheck(PipelineRun run) {
        this.run = run;
        this.cache = run.options.cache();
    }

    Pipeline.Result make() throws ContentException {
        int beforeRendering = run.problems.count();
        // The packs' print HTML and the papers' print HTML and web pages are independent of one another in a
        // check (no page quotes a printed page number), so the packs render on a second core meanwhile.
        FutureTask<Void> packs = new FutureTask<>(() -> {
            run.session.documents().forEach((path, document) -> document.checkIds(path.startsWith("packs/")
                    ? "pack-print.ftlh" : "meeting-print.ftlh"));
            return null;
        });
        Thread packThread = new Thread(packs, "check packs");
        packThread.setDaemon(true);
        packThread.start();
        Map<String, String> keys = keys();
        Map<String, Map<String, byte[]>> kept = new HashMap<>();
        keys.forEach((slug, key) -> cache.get(key).ifPresent(pages -> kept.put(slug, pages)));
        Map<String, byte[]> pages = new LinkedHashMap<>();
        Map<String, Map<String, byte[]>> made = new LinkedHashMap<>();
        try {
            run.renderPrintHtml(paper -> kept.containsKey(paper.paper().slug()));
            run.lap("render print html and check");
            if (!run.problems.hasErrors()) {
                pages.putAll(run.session.sitePages());
                for (ComputedPaper paper : run.computed.papers()) {
                    Map<String, byte[]> own = kept.get(paper.paper().slug());
                    if (own == null) {
                        own = run.session.paperPages(paper);
                        made.put(paper.paper().slug(), own);
                    }
                    pages.putAll(own);
                }
                pages.putAll(run.session.publicPages(pages));
                run.lap("render web pages");
            }
        } catch (RuntimeException e) {
            awaitPacks(packs);
            run.stopOnErrors();
            throw e;
        }
        // As a build, links are checked only once the print HTML of papers and packs is free of errors.
        awaitPacks(packs);
        run.lap("render packs' print html and check (on a second core)");
        run.stopOnErrors();
        checkLinks(pages);
        run.lap("check links");
        if (run.problems.count() == beforeRendering) {
            made.forEach((slug, own) -> cache.put(keys.get(slug), own));
        }
        return run.result(Map.of(), Map.of());
    }

    /** Each paper's key by slug; none without a cache. */
    private Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        if (cache != null) {
            String siteView = run.session.siteViewText();
            for (ComputedPaper paper : run.computed.papers()) {
                keys.put(paper.paper().slug(), run.keys.check(paper, siteView, run.session.printReferences(paper)));
            }
        }
        return keys;
    }

    /** Every page's links, to pages, PDFs and open data that a build would write. */
    private void checkLinks(Map<String, byte[]> pages) throws ContentException {
        Map<String, byte[]> linked = new LinkedHashMap<>(pages);
        run.computed.papers().forEach(paper -> linked.put(SiteRenderer.pdfPath(paper.paper()), new byte[0]));
        run.session.documentPaths().forEach(path -> linked.put(path, new byte[0]));
        // Only the open data's paths: making the files would load a JSON writer a check has no other use for.
        run.computed.papers().forEach(paper -> OpenData.paths(paper).forEach(path -> linked.put(path, new byte[0])));
        LinkCheck.check(linked, pages.keySet(), run.sources(), run.problems);
        run.stopOnErrors();
    }

    /** Waits for the packs' check, passing on what it threw (a template failure) as if thrown here. */
    private static void awaitPacks(FutureTask<Void> packs) {
        try {
            packs.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the packs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
