package org.committeepapers;

import java.util.Calendar;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.publish.OpenData;
import org.committeepapers.print.PdfPrinter;
import org.committeepapers.print.SitePrinter;
import org.committeepapers.problem.ContentException;
import org.committeepapers.render.LinkCheck;
import org.committeepapers.render.SiteRenderer;

/**
 * Finishes a run for {@link Pipeline.Output#PREVIEW}: every web page now, each PDF when first asked for; links
 * checked as in a build. A paper unchanged since the last preview made with the same {@link PreviewMemory}
 * keeps its pages and PDF maker from it.
 */
final class PreviewBuild {
    private final PipelineRun run;
    private final PreviewMemory memory;
    /** Pages kept from the last preview, which were checked then. */
    private final Set<String> reused = new HashSet<>();
    /** What every page is told of the site in this preview, part of each paper's key. */
    private String siteView;

    PreviewBuild(PipelineRun run) {
        this.run = run;
        this.memory = run.options.memory();
    }

    Pipeline.Result make() throws ContentException {
        siteView = run.session.siteViewText();
        run.renderPrintHtml(paper -> memory != null && memory.pdf(run.keys.preview(paper, siteView)) != null);
        run.stopOnErrors();
        run.lap("render print html and check");
        Map<String, byte[]> files = new LinkedHashMap<>(run.session.sitePages());
        Map<String, Map<String, byte[]>> keptPages = new LinkedHashMap<>();
        for (ComputedPaper paper : run.computed.papers()) {
            String key = run.keys.preview(paper, siteView);
            Optional<Map<String, byte[]>> kept = memory == null ? Optional.empty() : memory.pages(key);
            kept.ifPresent(pages -> reused.addAll(pages.keySet()));
            Map<String, byte[]> pages = kept.orElseGet(() -> run.session.paperPages(paper));
            files.putAll(pages);
            keptPages.put(key, pages);
        }
        files.putAll(run.session.publicPages(files));
        run.computed.papers().forEach(paper -> files.putAll(OpenData.files(paper, run.options.content())));
        run.lap("render web pages");
        Map<String, Supplier<byte[]>> keptPdfs = new LinkedHashMap<>();
        Map<String, Supplier<byte[]>> printable = printOnRequest(keptPdfs);
        checkLinks(files, printable.keySet());
        run.lap("check links");
        if (memory != null) {
            memory.replace(keptPages, keptPdfs);
        }
        return run.result(files, Collections.unmodifiableMap(printable));
    }

    /** Each PDF's path with a way to print it once, when first asked for; papers' makers also go in {@code kept}. */
    private Map<String, Supplier<byte[]>> printOnRequest(Map<String, Supplier<byte[]>> kept) {
        PdfPrinter printer = new PdfPrinter(PipelineRun.PRODUCER);
        Map<String, Supplier<byte[]>> printable = new LinkedHashMap<>();
        for (ComputedPaper paper : run.computed.papers()) {
            String key = run.keys.preview(paper, siteView);
            Supplier<byte[]> pdf = memory == null ? null : memory.pdf(key);
            if (pdf == null) {
                String html = run.printHtml.get(paper.paper().slug());
                Calendar created = SitePrinter.creationDate(paper, run.epoch);
                pdf = once(() -> printer.print(html, created));
            }
            printable.put(SiteRenderer.pdfPath(paper.paper()), pdf);
            kept.put(key, pdf);
        }
        for (String path : run.session.documentPaths()) {
            printable.put(path, once(() -> {
                org.committeepapers.render.PrintDocument document = run.session.document(path);
                return printer.print(document.html(), SitePrinter.creationDate(document.date(), run.epoch));
            }));
        }
        return printable;
    }

    /** A PDF not yet printed still counts as there; pages kept from the last preview were checked then. */
    private void checkLinks(Map<String, byte[]> files, Set<String> pdfPaths) throws ContentException {
        Map<String, byte[]> linked = new LinkedHashMap<>(files);
        pdfPaths.forEach(path -> linked.put(path, new byte[0]));
        Set<String> checked = new LinkedHashSet<>(files.keySet());
        checked.removeAll(reused);
        LinkCheck.check(linked, checked, run.sources(), run.problems);
        run.stopOnErrors();
    }

    /** Makes the value on first use only, however many ask at once. */
    private static Supplier<byte[]> once(Supplier<byte[]> maker) {
        return new Supplier<>() {
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
}
