package org.committeepapers.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.committeepapers.PrintHtml;
import org.committeepapers.bench.ColdSides.Side;
import org.committeepapers.problem.ContentException;
import org.committeepapers.publish.FileTrees;

/**
 * Printing, cold and side by side in one run: (a) the whole {@code papers build --clean} of the content in a
 * fresh JVM; (b) stock openhtmltopdf (no fonts of ours, so its built-in font) printing the same print HTML
 * files the build prints, in a fresh JVM; (c) WeasyPrint on the same files with the same font files, by
 * {@code @font-face}. Rounds interleave the sides, rotating which goes first; medians are reported as ratios
 * to (a), with every output's pages counted and its validity checked.
 */
public final class PrintBenchmark {
    private final Path content;
    private final Path templates;
    private final int rounds;
    private final boolean compareWeasyPrint;
    private final PrintWriter out;

    public PrintBenchmark(Path content, Path templates, int rounds, boolean compareWeasyPrint, PrintWriter out) {
        this.content = content;
        this.templates = templates;
        this.rounds = rounds;
        this.compareWeasyPrint = compareWeasyPrint;
        this.out = out;
    }

    public void run() throws IOException, ContentException, InterruptedException {
        double loadBefore = load();
        Map<String, String> printHtml = PrintHtml.of(content, templates);
        int jobs = Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("papers-bench-");
        ColdSides sides = new ColdSides(content, templates, work, jobs, printHtml);
        String weasyPrint = compareWeasyPrint ? ColdSides.weasyPrintVersion() : null;
        List<Side> measured = new ArrayList<>(List.of(Side.BUILD, Side.STOCK));
        if (weasyPrint != null) {
            measured.add(Side.WEASYPRINT);
        }
        Map<Side, List<Double>> seconds = new EnumMap<>(Side.class);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < measured.size(); i++) {
                Side side = measured.get((round + i) % measured.size());
                seconds.computeIfAbsent(side, s -> new ArrayList<>()).add(sides.run(side));
            }
        }
        double loadAfter = load();
        boolean veraPdf = PdfChecks.veraPdfPresent();
        Map<Side, Map<String, PdfChecks.Checked>> checked = new EnumMap<>(Side.class);
        for (Side side : measured) {
            Map<String, PdfChecks.Checked> bySide = new java.util.TreeMap<>();
            for (String pdf : printHtml.keySet()) {
                bySide.put(pdf, PdfChecks.check(sides.output(side, pdf), veraPdf));
            }
            checked.put(side, bySide);
        }
        long same = printHtml.entrySet().stream()
                .filter(e -> PdfChecks.printedFrom(sides.output(Side.BUILD, e.getKey()), e.getValue())).count();
        new PrintReport(out).write(new PrintReport.Run(content, printHtml.keySet(), jobs, rounds, loadBefore, loadAfter,
                veraPdf, weasyPrint, compareWeasyPrint, medians(seconds), checked, same));
        FileTrees.deleteTree(work);
    }

    private static Map<Side, Double> medians(Map<Side, List<Double>> seconds) {
        Map<Side, Double> medians = new EnumMap<>(Side.class);
        seconds.forEach((side, values) -> {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            medians.put(side, n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
        });
        return medians;
    }

    /** The machine's load average over the last minute, or -1 where the system does not tell. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String loadText(double before, double after) {
        return before < 0 ? "load average not available"
                : String.format(Locale.ROOT, "load average %.1f before, %.1f after, on %d processor(s)", before, after,
                        Runtime.getRuntime().availableProcessors());
    }
}
