package org.committeepapers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.committeepapers.print.Fonts;
import org.committeepapers.publish.FileTrees;

/**
 * The three sides of the print benchmark, each a fresh process timed from its start to its exit, so every
 * side pays its own start-up: (a) {@code papers build --clean} as a user starts it (through the launcher, when
 * the benchmark was), (b) {@link StockPrint} in a new JVM with the JVM's defaults, (c) WeasyPrint, one process
 * per file.
 */
final class ColdSides {
    enum Side {
        BUILD("(a) papers build --clean"), STOCK("(b) stock openhtmltopdf"), WEASYPRINT("(c) WeasyPrint");

        final String label;

        Side(String label) {
            this.label = label;
        }
    }

    private final Path content;
    private final Path templates;
    private final Path work;
    private final int jobs;
    private final Path html;
    private final Path fontsCss;

    /** Writes the print HTML files and the fonts WeasyPrint is given into {@code work}. */
    ColdSides(Path content, Path templates, Path work, int jobs, Map<String, String> printHtml) throws IOException {
        this.content = content.toAbsolutePath();
        this.templates = templates.toAbsolutePath();
        this.work = work;
        this.jobs = jobs;
        this.html = work.resolve("html");
        for (var document : printHtml.entrySet()) {
            Path file = html.resolve(htmlName(document.getKey()));
            Files.createDirectories(file.getParent());
            Files.writeString(file, document.getValue(), StandardCharsets.UTF_8);
        }
        this.fontsCss = writeFonts(work.resolve("fonts"));
    }

    /** The print HTML file that becomes the PDF at {@code pdfPath}. */
    static String htmlName(String pdfPath) {
        return pdfPath.substring(0, pdfPath.length() - ".pdf".length()) + ".html";
    }

    /** Where a side's PDF for {@code pdfPath} is after its run. */
    Path output(Side side, String pdfPath) {
        return side == Side.BUILD ? out(side).resolve("site").resolve(pdfPath) : out(side).resolve(pdfPath);
    }

    private Path out(Side side) {
        return work.resolve(side.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Runs one side once, from an empty output folder, and gives its wall time in seconds. */
    double run(Side side) throws IOException, InterruptedException {
        Path out = out(side);
        FileTrees.deleteTree(out);
        Files.createDirectories(out);
        Path log = work.resolve(side.name().toLowerCase(java.util.Locale.ROOT) + ".log");
        long start = System.nanoTime();
        switch (side) {
            case BUILD -> exec(papers(List.of("build", "--clean", "--quiet", "--jobs", String.valueOf(jobs), "--content",
                    content.toString(), "--templates", templates.toString(), "--out", out.resolve("site").toString(),
                    "--cache", out.resolve("cache").toString())), log);
            case STOCK -> exec(List.of(java(), "-cp", classPath(), StockPrint.class.getName(), String.valueOf(jobs),
                    html.toString(), out.toString()), log);
            case WEASYPRINT -> weasyPrintAll(out, log);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Each print HTML file through its own WeasyPrint process, {@code jobs} at a time, as PDF/UA-1. */
    private void weasyPrintAll(Path out, Path log) throws IOException, InterruptedException {
        List<Path> files;
        try (var walk = Files.walk(html)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<Process> running = new ArrayList<>();
        for (Path file : files) {
            if (running.size() == jobs) {
                finish(running.remove(0), log);
            }
            Path pdf = out.resolve(html.relativize(file).toString().replaceFirst("\\.html$", ".pdf"));
            Files.createDirectories(pdf.getParent());
            running.add(start(List.of("weasyprint", "--quiet", "--pdf-variant", "pdf/ua-1", "--stylesheet",
                    fontsCss.toString(), file.toString(), pdf.toString()), log));
        }
        for (Process process : running) {
            finish(process, log);
        }
    }

    /** The WeasyPrint version, or null when it is not installed. */
    static String weasyPrintVersion() {
        try {
            Process p = new ProcessBuilder("weasyprint", "--version").redirectErrorStream(true).start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? version : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The four faces exactly as the project embeds them, with a style sheet declaring them by @font-face. */
    private static Path writeFonts(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder css = new StringBuilder();
        for (Fonts.Face face : Fonts.Face.values()) {
            String file = "LiberationSans-" + face.name().toLowerCase(java.util.Locale.ROOT) + ".ttf";
            try (var in = Fonts.get().open(face)) {
                Files.write(dir.resolve(file), in.readAllBytes());
            }
            boolean bold = face == Fonts.Face.BOLD || face == Fonts.Face.BOLD_ITALIC;
            boolean italic = face == Fonts.Face.ITALIC || face == Fonts.Face.BOLD_ITALIC;
            css.append("@font-face { font-family: \"").append(Fonts.FAMILY).append("\"; src: url(\"").append(file)
                    .append("\"); font-weight: ").append(bold ? 700 : 400).append("; font-style: ")
                    .append(italic ? "italic" : "normal").append("; }\n");
        }
        Path file = dir.resolve("fonts.css");
        Files.writeString(file, css, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * {@code papers} with {@code args} as a user starts it: through the launcher when this benchmark was (its
     * class-data archive and JVM options), else on this class path with the options the launcher gives a build.
     */
    private static List<String> papers(List<String> args) {
        List<String> command = new ArrayList<>();
        String launcher = System.getProperty("papers.launcher");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            command.add(launcher);
        } else {
            command.addAll(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
                    "org.committeepapers.cli.Main"));
        }
        command.addAll(args);
        return command;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * This JVM's own class path: the tool's jar alone when it is on it (started by the launcher, or with veraPDF
     * added beside it for the checks), so the build and stock openhtmltopdf start as a user's would.
     */
    static String classPath() {
        String own = System.getProperty("java.class.path");
        for (String entry : own.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            if (Path.of(entry).getFileName() != null && Path.of(entry).getFileName().toString().matches("committee-papers.*\\.jar")) {
                return entry;
            }
        }
        return own;
    }

    private static void exec(List<String> command, Path log) throws IOException, InterruptedException {
        finish(start(command, log), log);
    }

    private static Process start(List<String> command, Path log) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static void finish(Process process, Path log) throws IOException, InterruptedException {
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("a benchmark process ran over 30 minutes; its output is in " + log);
        }
        if (process.exitValue() != 0) {
            throw new IOException(process.info().command().orElse("a benchmark process") + " failed (exit "
                    + process.exitValue() + "); its output is in " + log);
        }
    }
}
