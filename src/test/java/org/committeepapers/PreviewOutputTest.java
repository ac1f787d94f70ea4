package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The preview's run: every web page at once, every PDF only on request. */
class PreviewOutputTest {

    @Test
    void pagesAtOncePdfsOnRequest() throws Exception {
        Pipeline.Result preview = TestContent.shippedPreview();
        Pipeline.Result site = TestContent.shippedSite();
        Set<String> pdfs = new TreeSet<>();
        // A PDF a meeting attaches (meetings/<meeting>/<file>.pdf) is a file published as it is, not printed.
        site.files().keySet().stream().filter(p -> p.endsWith(".pdf") && !p.matches("meetings/[^/]+/.+")).forEach(pdfs::add);
        Set<String> pages = new TreeSet<>(site.files().keySet());
        pages.removeAll(pdfs);
        // The preview shows the shipped draft (draft: true), which the built site leaves out.
        String draft = ShippedDraftTest.DRAFT + "/";
        pages.addAll(List.of(draft + "index.html", draft + "older-people-demand.html", draft + "figures.csv", draft + "figures.json"));
        pdfs.add(draft + ShippedDraftTest.DRAFT + ".pdf");
        assertEquals(pages, preview.files().keySet(), "every page of the site and of the draft, and no PDF");
        assertEquals(pdfs, preview.printable().keySet(), "every PDF of the site and of the draft can be asked for");

        byte[] pdf = preview.printable().get("packs/business-cases.pdf").get();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertSame(pdf, preview.printable().get("packs/business-cases.pdf").get(), "printed once, then kept");

        String pack = new String(preview.files().get("packs/business-cases.html"), StandardCharsets.UTF_8);
        assertTrue(pack.contains("4a</span> Business Cases</caption>"), "no page numbers before the pack is laid out");
        String built = new String(site.files().get("packs/business-cases.html"), StandardCharsets.UTF_8);
        assertTrue(built.contains("from page 5"), "the built site quotes them");
    }

    @Test
    void aSaveRebuildsOnlyThePaperItTouches(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        TestContent content = TestContent.copyOfShipped(temp);
        PreviewMemory memory = new PreviewMemory();
        Pipeline.Options preview = Pipeline.Options.of(content.root(), Path.of("templates"), Pipeline.Output.PREVIEW)
                .withMemory(memory);
        Pipeline.Result first = Pipeline.run(preview);
        java.util.Map<Path, Long> parsed = parses(content, memory);
        content.replace(TestContent.PAPER + "block-cars.md", "Currently we commission", "At present we commission");
        Pipeline.Result second = Pipeline.run(preview);
        java.util.Map<Path, Long> parsedAgain = parses(content, memory);
        // (The draft's case, which warns of its "TBC" cell, is read again on every rebuild, so that it warns again.)
        parsed.keySet().removeIf(file -> file.toString().contains(TestContent.DRAFT_SLUG));
        parsed.forEach((file, times) -> assertEquals(file.equals(content.file(TestContent.PAPER + "block-cars.md")),
                parsedAgain.get(file) > times, file + ": only the file saved is parsed again"));
        // What was kept (parses, a paper's pages) and went through compute and render before gives what a fresh
        // preview gives: nothing kept was changed by a later stage.
        Pipeline.Result fresh = Pipeline.run(Pipeline.Options.of(content.root(), Path.of("templates"), Pipeline.Output.PREVIEW));
        assertEquals(fresh.files().keySet(), second.files().keySet());
        fresh.files().forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, second.files().get(file)),
                file + " is as a fresh preview makes it"));

        String untouched = "adults-business-cases-2018-19/";
        String touched = TestContent.PAPER_SLUG + "/";
        assertSame(first.files().get(untouched + "index.html"), second.files().get(untouched + "index.html"),
                "an untouched paper's pages are kept, not remade");
        assertSame(first.printable().get(untouched + "adults-business-cases-2018-19.pdf"),
                second.printable().get(untouched + "adults-business-cases-2018-19.pdf"), "and so is its PDF");
        assertTrue(new String(second.files().get(touched + "block-cars.html"), StandardCharsets.UTF_8)
                .contains("At present we commission"));
        assertTrue(first.printable().get(touched + TestContent.PAPER_SLUG + ".pdf")
                != second.printable().get(touched + TestContent.PAPER_SLUG + ".pdf"), "the touched paper's PDF is made again");
    }

    /** How many times the preview parsed each source file so far. */
    private static java.util.Map<Path, Long> parses(TestContent content, PreviewMemory memory) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(content.root())) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md"))
                    .collect(java.util.stream.Collectors.toMap(p -> p, memory.parses()::parses));
        }
    }
}
