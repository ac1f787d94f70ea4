package org.committeepapers.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The benchmark's stock openhtmltopdf, run in a JVM of its own: prints every {@code .html} file under a folder
 * as the library's documentation shows (jsoup's HTML5 parser to a W3C DOM, then the builder's defaults), with
 * none of the project's fonts, font patches, tagging or checks, so text is set in the library's built-in
 * PDF font. Nothing of the project's printing code is loaded.
 *
 * <pre>java -cp committee-papers.jar org.committeepapers.bench.StockPrint JOBS HTML_DIR PDF_DIR</pre>
 */
public final class StockPrint {
    private StockPrint() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Integer.parseInt(args[0]);
        Path html = Path.of(args[1]);
        Path pdfs = Path.of(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(html)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<?>> done = new ArrayList<>();
        for (Path file : files) {
            String relative = html.relativize(file).toString();
            Path pdf = pdfs.resolve(relative.substring(0, relative.length() - ".html".length()) + ".pdf");
            done.add(pool.submit(() -> {
                print(file, pdf);
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> future : done) {
            future.get();
        }
    }

    private static void print(Path html, Path pdf) throws IOException {
        var document = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8), html.toUri().toString());
        Files.createDirectories(pdf.getParent());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRendererBuilder()
                    .withW3cDocument(new W3CDom().fromJsoup(document), html.toUri().toString())
                    .toStream(out)
                    .run();
        }
    }
}
