package org.committeepapers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code papers check} is the officer's everyday command, so its start must stay small: it reads, computes and
 * renders, and never loads the PDF writer (PDFBox reads attached PDFs, openhtmltopdf writes none) or the preview
 * server. (How fast it is, is measured by
 * {@code papers benchmark --start}, not here.)
 */
class CheckStartTest {
    @Test
    void checkLoadsNeitherThePdfWriterNorThePreviewServer() throws Exception {
        Process check = new ProcessBuilder(org.committeepapers.ChildJava.papers(List.of("-Xlog:class+load"), "check"))
                .redirectErrorStream(true).start();
        String log = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), log.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertTrue(log.contains(" freemarker.template.Configuration "), "the log lists the classes loaded");
        assertTrue(log.contains(" org.committeepapers.render.SiteRenderer "), "check renders");
        for (String unused : new String[] {" com.openhtmltopdf.", " io.undertow.",
                " org.committeepapers.print.PdfPrinter ", " org.committeepapers.publish.SitePublisher "}) {
            assertFalse(log.contains(unused), unused.strip() + " is loaded by check");
        }
    }

    /** The attached PDFs a check prepared are kept in its cache: the next check reads none of them. */
    @Test
    void theNextCheckReadsNoAttachedPdf(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        String content = org.committeepapers.TestContent.copyOfShipped(temp).root().toString();
        for (int run = 1; run <= 2; run++) {
            Process check = new ProcessBuilder(org.committeepapers.ChildJava.papers(List.of("-Xlog:class+load"), "check",
                    "--content", content)).redirectErrorStream(true).start();
            String log = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, check.waitFor(), log.lines().filter(l -> !l.startsWith("[")).toList().toString());
            assertEquals(run == 1, log.contains(" org.apache.pdfbox.pdmodel.PDDocument "),
                    "check " + run + (run == 1 ? " prepares" : " does not read") + " the attached PDFs");
        }
    }

    /**
     * The start-up archive is made once per jar, by the first run the launcher asks to make it: {@code check
     * --help}, or a check stopped by an error, would make one holding too few classes for every later start.
     */
    @Test
    void onlyACheckThatRanInFullIsArchived(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        String empty = java.nio.file.Files.createDirectory(temp.resolve("empty")).toString();
        String content = org.committeepapers.TestContent.copyOfShipped(temp.resolve("content")).root().toString();
        java.util.Map<List<String>, Boolean> runs = new java.util.LinkedHashMap<>();
        runs.put(List.of("check", "--help"), false);
        runs.put(List.of("--version"), false);
        runs.put(List.of("check", "-q", "--content", empty), false);
        runs.put(List.of("check", "-q", "--content", content), true);
        runs.forEach((args, kept) -> {
            picocli.CommandLine line = Main.commandLine(true, args.toArray(String[]::new)).setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                    .setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
            int code = line.execute(args.toArray(String[]::new));
            assertEquals(kept, StartupArchive.worthKeeping(line.getParseResult(), code), args + " (exit " + code + ")");
        });
    }
}
