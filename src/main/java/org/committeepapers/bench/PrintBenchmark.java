package org.committeepapers.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.committeepapers.Pipeline;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.print.Fonts;
import org.committeepapers.problem.ContentException;
import org.committeepapers.render.SiteRenderer;
import org.committeepapers.render.TemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Measures printing side by side in one run: our pipeline from sources to tagged PDF, openhtmltopdf alone
 * on the same final HTML with the same settings, and WeasyPrint (PDF/UA-1) on the same HTML when installed.
 * Each is run {@code rounds} times, alternating, and the median is reported.
 */
public final class PrintBenchmark {
    private final Path content;
    private final Path templates;
    private final int proposals;
    private final int rounds;
    private final boolean compareWeasyPrint;
    private final PrintWriter out;

    public PrintBenchmark(Path content, Path templates, int proposals, int rounds, boolean compareWeasyPrint,
            PrintWriter out) {
        this.compareWeasyPrint = compareWeasyPrint;
        this.content = content;
        this.templates = templates;
        this.proposals = proposals;
        this.rounds = rounds;
        this.out = out;
    }

    public void run() throws IOException, ContentException, InterruptedException {
        Path work = Files.createTempDirectory("papers-bench-");
        Path synthetic = SyntheticContent.write(content, work.resolve("content"), proposals);

        long shippedStart = System.nanoTime();
        Pipeline.Result shipped = Pipeline.run(Pipeline.Options.of(content, templates, Pipeline.Output.SITE));
        double shippedSeconds = seconds(shippedStart);
        int shippedPages = pages(shipped);
        out.printf(Locale.ROOT, "Shipped content: %d PDF page(s), %d file(s), built in %.2f s (first run, JVM cold)%n",
                shippedPages, shipped.files().size(), shippedSeconds);

        Pipeline.Result warm = Pipeline.run(Pipeline.Options.of(synthetic, templates, Pipeline.Output.SITE));
        int pages = pages(warm);
        String html = finalHtml(warm.site());
        Path htmlFile = work.resolve("appendix.html");
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        boolean weasyprint = compareWeasyPrint && weasyPrintAvailable();

        List<Double> site = new ArrayList<>();
        List<Double> ours = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> weasy = new ArrayList<>();
        HeapSampler heap = new HeapSampler();
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            Pipeline.run(Pipeline.Options.of(synthetic, templates, Pipeline.Output.PDF).withJobs(1));
            ours.add(seconds(start));
            start = System.nanoTime();
            Pipeline.run(Pipeline.Options.of(synthetic, templates, Pipeline.Output.SITE).withJobs(1));
            site.add(seconds(start));
            start = System.nanoTime();
            openHtmlToPdfAlone(html);
            bare.add(seconds(start));
            if (weasyprint) {
                weasy.add(weasyPrint(htmlFile, work.resolve("weasy.pdf")));
            }
        }
        long peakHeap = heap.peakBytes();
        heap.close();
        double oursMedian = median(ours);
        double bareMedian = median(bare);
        out.printf(Locale.ROOT, "Synthetic appendix: %d proposals, %d PDF pages, %d round(s), medians:%n", proposals, pages, rounds);
        out.printf(Locale.ROOT, "  whole pipeline (sources -> tagged PDF/UA + PDF/A-3a): %6.2f s  (%.1f pages/s)%n", oursMedian, pages / oursMedian);
        out.printf(Locale.ROOT, "  openhtmltopdf alone, same final HTML and settings:  %6.2f s%n", bareMedian);
        out.printf(Locale.ROOT, "  ratio pipeline / openhtmltopdf alone: %.2fx (target at most 1.25x)%n", oursMedian / bareMedian);
        out.printf(Locale.ROOT, "  whole site build (also %d web pages), for reference:  %6.2f s%n",
                warm.files().keySet().stream().filter(f -> f.endsWith(".html")).count(), median(site));
        if (weasyprint) {
            double weasyMedian = median(weasy);
            out.printf(Locale.ROOT, "  WeasyPrint --pdf-variant pdf/ua-1, same HTML:       %6.2f s%n", weasyMedian);
            out.printf(Locale.ROOT, "  ratio WeasyPrint / pipeline: %.2fx faster (target at least 5x)%n", weasyMedian / oursMedian);
        } else {
            out.println(compareWeasyPrint ? "  WeasyPrint: not installed (apt-get install weasyprint), so no comparison"
                    : "  WeasyPrint: not compared (--no-weasyprint)");
        }
        out.printf(Locale.ROOT, "  peak heap in use during the measured rounds: %d MiB, with the heap limited to %d MiB%n",
                peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
    }

    private static int pages(Pipeline.Result result) throws IOException {
        int pages = 0;
        for (var file : result.files().entrySet()) {
            if (file.getKey().endsWith(".pdf")) {
                try (var document = Loader.loadPDF(file.getValue())) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        return pages;
    }

    private String finalHtml(ComputedSite site) {
        return new SiteRenderer(new TemplateEngine(templates)).begin(site, new org.committeepapers.problem.Problems()).printHtml().values().iterator().next();
    }

    /** The same settings as {@code PdfPrinter}, without our checks and fix-ups. */
    private static byte[] openHtmlToPdfAlone(String html) throws IOException {
        var document = Jsoup.parse(html);
        var bookmarks = document.selectFirst("bookmarks");
        if (bookmarks != null) {
            document.head().appendChild(bookmarks);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .usePdfVersion(PdfRendererBuilder.PdfAConformance.PDFA_3_A.getPdfVersion())
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withW3cDocument(new W3CDom().fromJsoup(document), "about:blank")
                .toStream(out);
        for (Fonts.Face face : Fonts.Face.values()) {
            builder.useFont(() -> Fonts.get().open(face), Fonts.FAMILY, face == Fonts.Face.BOLD || face == Fonts.Face.BOLD_ITALIC ? 700 : 400,
                    face == Fonts.Face.ITALIC || face == Fonts.Face.BOLD_ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.run();
        return out.toByteArray();
    }

    private static boolean weasyPrintAvailable() {
        try {
            Process p = new ProcessBuilder("weasyprint", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static double weasyPrint(Path html, Path pdf) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("weasyprint", "--pdf-variant", "pdf/ua-1", html.toString(), pdf.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("weasyprint failed");
        }
        return seconds(start);
    }

    /** Samples the heap in use every 5 ms; the peak includes garbage not yet collected, so it is an upper bound. */
    private static final class HeapSampler implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "heap-sampler");
                    t.setDaemon(true);
                    return t;
                });
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        HeapSampler() {
            System.gc();
            timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 5, TimeUnit.MILLISECONDS);
        }

        long peakBytes() {
            return peak.get();
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
