package org.committeepapers.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.committeepapers.bench.ColdSides.Side;

/** Writes the print benchmark's report: one table of the sides, one of pages per PDF, and what each was given. */
final class PrintReport {
    /** Everything one run found. */
    record Run(Path content, Set<String> pdfs, int jobs, int rounds, double loadBefore, double loadAfter,
            boolean veraPdf, String weasyPrint, boolean weasyPrintAsked, Map<Side, Double> medians,
            Map<Side, Map<String, PdfChecks.Checked>> checked, long sameHtml) {
    }

    private final PrintWriter out;

    PrintReport(PrintWriter out) {
        this.out = out;
    }

    void write(Run run) {
        out.printf(Locale.ROOT, "Print benchmark, cold, on %s (%d PDFs): %d round(s), sides interleaved (each round "
                + "starts with the next side), medians; %s%n%n", run.content(), run.pdfs().size(), run.rounds(),
                PrintBenchmark.loadText(run.loadBefore(), run.loadAfter()));
        out.printf(Locale.ROOT, "%-28s %9s %8s %8s %7s  %s%n", "side", "median", "vs (a)", "PDFBox", "pages",
                "PDF/UA-1 (veraPDF)");
        double build = run.medians().get(Side.BUILD);
        for (Side side : Side.values()) {
            String label = side == Side.WEASYPRINT && run.weasyPrint() != null ? side.label + " " + run.weasyPrint()
                    .replaceFirst("(?i)^weasyprint version ", "") : side.label;
            if (!run.medians().containsKey(side)) {
                out.printf(Locale.ROOT, "%-28s skipped: %s%n", label, run.weasyPrintAsked()
                        ? "weasyprint is not on the PATH (install it: apt-get install weasyprint)"
                        : "--no-weasyprint was given");
                continue;
            }
            Map<String, PdfChecks.Checked> checked = run.checked().get(side);
            long opened = checked.values().stream().filter(PdfChecks.Checked::opens).count();
            int pages = checked.values().stream().filter(PdfChecks.Checked::opens).mapToInt(PdfChecks.Checked::pages).sum();
            double median = run.medians().get(side);
            out.printf(Locale.ROOT, "%-28s %7.2f s %7.2fx %4d/%-3d %7d  %s%n", label, median, median / build, opened,
                    checked.size(), pages, pdfUa(run, checked));
        }
        out.println();
        int width = Math.max(20, run.pdfs().stream().mapToInt(String::length).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s %6s %6s %6s%n", "pages per PDF", "(a)", "(b)", "(c)");
        for (String pdf : run.pdfs()) {
            out.printf(Locale.ROOT, "%-" + width + "s %6s %6s %6s%n", pdf, pages(run, Side.BUILD, pdf), pages(run, Side.STOCK, pdf),
                    pages(run, Side.WEASYPRINT, pdf));
        }
        out.println();
        out.printf(Locale.ROOT, "Print HTML given to (b) and (c) is what (a) printed: %d/%d PDFs of (a) carry its digest as "
                + "their document ID%n%n", run.sameHtml(), run.pdfs().size());
        out.println("What each side was given (each is a fresh process, timed from its start to its exit):");
        out.printf(Locale.ROOT, "  (a) the sources: `papers build --clean --jobs %d` as a user starts it (%s); loads, computes, checks, renders the web pages, prints tagged PDF/UA-1 + PDF/A-3a with "
                + "embedded Liberation Sans, checks links, publishes to a temporary folder%n", run.jobs(), classPathKind());
        out.printf(Locale.ROOT, "  (b) the print HTML files (a) prints: openhtmltopdf %s as shipped, in a new JVM, %d at a "
                + "time; jsoup to W3C DOM, builder defaults, no fonts registered, so its built-in (not embedded) "
                + "PDF font, untagged (its PDF/UA mode needs embedded fonts)%n", openHtmlToPdfVersion(), run.jobs());
        out.printf(Locale.ROOT, "  (c) the same print HTML files: `weasyprint --pdf-variant pdf/ua-1 --stylesheet fonts.css`, "
                + "one process per file, %d at a time; fonts.css declares by @font-face the four Liberation Sans "
                + "files (a) embeds, byte for byte%n", run.jobs());
        out.flush();
    }

    private static String pdfUa(Run run, Map<String, PdfChecks.Checked> checked) {
        if (!run.veraPdf()) {
            return "not checked: veraPDF is not on the class path (run from Maven, see README)";
        }
        long compliant = checked.values().stream().filter(c -> Boolean.TRUE.equals(c.pdfUa())).count();
        String first = checked.entrySet().stream().filter(e -> e.getValue().pdfUaFailure() != null)
                .map(e -> "; " + e.getKey() + ": " + e.getValue().pdfUaFailure()).findFirst().orElse("");
        return compliant + "/" + checked.size() + " compliant" + first;
    }

    private static String pages(Run run, Side side, String pdf) {
        Map<String, PdfChecks.Checked> checked = run.checked().get(side);
        if (checked == null) {
            return "-";
        }
        PdfChecks.Checked one = checked.get(pdf);
        return one.opens() ? String.valueOf(one.pages()) : "bad";
    }

    private static String classPathKind() {
        if (System.getProperty("papers.launcher") != null) {
            return "through the launcher: its class-data archive, the quick compiler, the serial collector";
        }
        String path = ColdSides.classPath();
        return "a new JVM on " + (path.contains(java.io.File.pathSeparator) || !path.endsWith(".jar")
                ? "classes and dependency jars" : "the jar " + Path.of(path).getFileName())
                + " with the launcher's options for a build (the quick compiler, the serial collector)";
    }

    private static String openHtmlToPdfVersion() {
        try (var in = PrintReport.class.getResourceAsStream(
                "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(the build's version)");
        } catch (java.io.IOException e) {
            return "(the build's version)";
        }
    }
}
