package org.committeepapers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.committeepapers.compute.ComputedPack;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.problem.ContentException;
import org.committeepapers.publish.OpenData;
import org.committeepapers.publish.OutputCache;
import org.committeepapers.render.LinkCheck;
import org.committeepapers.render.PrintDocument;
import org.committeepapers.render.SiteRenderer;

/**
 * Finishes a run for {@link Pipeline.Output#CHECK}: everything a build checks, nothing made or printed: the
 * print HTML, the ids the pages quote from each pack's print HTML, and every web page (the public pages too:
 * calendars, search, accessibility statement) rendered with its links checked.
 *
 * <p>With a cache, a paper is rendered only when something it is made from changed since a check that found
 * nothing to report ({@link CacheKeys#check}), a pack only when its file or one of its papers changed ({@link
 * CacheKeys#packCheck}), and a reports pack only when what its template is given changed ({@link
 * CacheKeys#documentCheck}): the officer's loop is to edit one paper and check again. A kept paper's
 * pages come from the cache and their links are checked with every other page's. Only a check whose rendering
 * found no problem at all stores what it made, so a paper taken from the cache is one whose print HTML and
 * pages, made from the same inputs, had nothing to report.
 */
final class SiteCheck {
    private final PipelineRun run;
    private final OutputCache cache;
    private final String inputs;

    /** @param inputs what the check read, from {@link #inputs}, taken before it read anything */
    SiteCheck(PipelineRun run, String inputs) {
        this.run = run;
        this.cache = run.options.cache();
        this.inputs = inputs;
    }

    /** Everything a check reads (the code, every file of the content and templates folders); null without a cache. */
    static String inputs(Pipeline.Options options) {
        return options.cache() == null ? null : UpToDate.inputs(options.content(), options.templates(),
                java.util.List.of("check", String.valueOf(options.members())));
    }

    Pipeline.Result make() throws ContentException {
        int beforeRendering = run.problems.count();
        // The packs' print HTML and the papers' print HTML and web pages are independent of one another in a
        // check (no page quotes a printed page number), so the packs render on a second core meanwhile. A pack
        // whose template is given what it was given in a clean check is not rendered again.
        Map<String, String> checkedDocuments = new java.util.concurrent.ConcurrentHashMap<>();
        FutureTask<Void> packs = new FutureTask<>(() -> {
            // Nothing in the content or templates changed since a clean check: no pack can have changed.
            String unchanged = everyDocumentKey();
            if (unchanged != null && cache.get(unchanged).isPresent()) {
                return null;
            }
            Map<String, ComputedPack> packsAt = new HashMap<>();
            run.computed.packs().forEach(pack -> packsAt.put(SiteRenderer.pdfPath(pack), pack));
            String siteView = cache == null ? null : run.session.siteViewText();
            for (String path : run.session.documentPaths()) {
                // A pack is known by its papers' keys; a reports pack, whose inputs are many, by its views.
                ComputedPack pack = packsAt.get(path);
                PrintDocument.Draft draft = pack == null ? run.session.draft(path) : null;
                String key = cache == null ? null
                        : pack != null ? run.keys.packCheck(pack, siteView) : run.keys.documentCheck(draft.inputs());
                if (key == null || cache.get(key).isEmpty()) {
                    draft = draft != null ? draft : run.session.draft(path);
                    draft.render().checkIds(draft.template());
                    if (key != null) {
                        checkedDocuments.put(path, key);
                    }
                }
            }
            if (unchanged != null) {
                checkedDocuments.put("", unchanged);
            }
            return null;
        });
        start(packs, "check packs");
        // The pages about the whole site need nothing from the papers' pages: made on another core meanwhile.
        FutureTask<Map<String, byte[]>> sitePages = new FutureTask<>(run.session::sitePages);
        start(sitePages, "check site pages");
        Map<String, String> keys = keys();
        Map<String, Map<String, byte[]>> kept = new HashMap<>();
        keys.forEach((slug, key) -> cache.get(key).ifPresent(pages -> kept.put(slug, pages)));
        Map<String, byte[]> pages = new LinkedHashMap<>();
        Map<String, Map<String, byte[]>> made = new LinkedHashMap<>();
        try {
            run.renderPrintHtml(paper -> kept.containsKey(paper.paper().slug()));
            run.lap("render print html and check");
            if (!run.problems.hasErrors()) {
                pages.putAll(await(sitePages));
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
            await(sitePages);
            await(packs);
            run.stopOnErrors();
            throw e;
        }
        // As a build, links are checked only once the print HTML of papers and packs is free of errors.
        await(sitePages);
        await(packs);
        run.lap("render packs' print html and check (on a second core)");
        run.stopOnErrors();
        checkLinks(pages);
        run.lap("check links");
        if (cache != null && run.problems.count() == beforeRendering) {
            made.forEach((slug, own) -> keep("pages of " + slug, keys.get(slug), own));
            checkedDocuments.forEach((path, key) -> keep(path.isEmpty() ? "every document" : "document " + path, key, Map.of()));
        }
        return run.result(Map.of(), Map.of());
    }

    /**
     * Stores what a check made of {@code what} (a paper's pages; nothing, for a document found clean) under
     * {@code key}, in place of what the last check stored for it: an officer checks after every edit, and the
     * entries of every earlier draft would otherwise pile up in the cache.
     */
    private void keep(String what, String key, Map<String, byte[]> pages) {
        String latest = OutputCache.key(java.util.List.of("the last check's", what));
        cache.get(latest).map(files -> files.get("key")).filter(java.util.Objects::nonNull)
                .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.US_ASCII))
                .filter(previous -> !previous.equals(key)).ifPresent(cache::remove);
        cache.remove(latest);
        cache.put(key, pages);
        cache.put(latest, Map.of("key", key.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    /** The key of every pack and reports pack at once: all the check read, and the site's date the pages give. */
    private String everyDocumentKey() {
        return inputs == null ? null : OutputCache.key(java.util.List.of("every document", inputs, run.session.siteViewText()));
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

    private static void start(FutureTask<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for {@code task}, passing on what it threw (a template failure) as if thrown here. */
    private static <T> T await(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
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
