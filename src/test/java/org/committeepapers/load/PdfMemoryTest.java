package org.committeepapers.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeepapers.TestContent;
import org.committeepapers.model.Attachment;
import org.committeepapers.model.Site;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads that share a {@link PdfMemory} (the preview's, between saves) prepare an attached PDF once while its
 * bytes are unchanged, and still report what is wrong with it on every load, where it is named.
 */
class PdfMemoryTest {
    private static final String PDF = "meetings/adults-and-health-2024-01-18/care-home-capacity-plan.pdf";

    @TempDir
    Path temp;

    @Test
    void anUnchangedPdfIsPreparedOnceAndAChangedOneAgain() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        PdfMemory memory = new PdfMemory();
        Problems first = new Problems();
        Attachment.AttachedPdf before = attached(new ContentLoader(null, true, memory).load(content.root(), first).orElseThrow());
        Problems second = new Problems();
        Attachment.AttachedPdf again = attached(new ContentLoader(null, true, memory).load(content.root(), second).orElseThrow());
        assertSame(before, again, "the same bytes are not prepared twice");
        assertEquals(messages(first.sorted()), messages(second.sorted()));

        Files.write(content.file(PDF), "not a PDF at all".getBytes(StandardCharsets.US_ASCII));
        for (int load = 1; load <= 2; load++) {
            Problems problems = new Problems();
            new ContentLoader(null, true, memory).load(content.root(), problems);
            List<String> errors = messages(problems.sorted()).stream()
                    .filter(m -> m.contains("care-home-capacity-plan.pdf is not a PDF that can be read")).toList();
            assertEquals(1, errors.size(), "load " + load + " reports the broken file: " + messages(problems.sorted()));
            assertTrue(errors.get(0).contains("adults-and-health-2024-01-18/meeting.yaml:"), "located where it is named: "
                    + errors.get(0));
        }
    }

    /** A store in memory, as the build's output cache is on disk. */
    private static final class MapStore implements PdfMemory.Store {
        final Map<String, Map<String, byte[]>> entries = new HashMap<>();

        @Override
        public Optional<Map<String, byte[]>> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void put(String key, Map<String, byte[]> files) {
            entries.put(key, new HashMap<>(files));
        }
    }

    /**
     * With a store (a check's or a build's cache), the next run takes a prepared PDF from it instead of preparing
     * it again: here the stored text of a page is changed, and the next memory gives the changed text. A store
     * written by other code (another engine), or an entry that is not whole, is not used; the PDF is prepared
     * afresh and the entry written again.
     */
    @Test
    void aPreparedPdfIsKeptInAStoreForTheNextRun() throws IOException {
        byte[] bytes = Files.readAllBytes(TestContent.SHIPPED.resolve(PDF));
        MapStore store = new MapStore();
        AttachedPdfs.Prepared fresh = new PdfMemory(store, "engine 1").prepared(bytes);
        assertNotNull(fresh.pdf());
        assertEquals(1, store.entries.size(), "one entry for one document");
        Map<String, byte[]> entry = store.entries.values().iterator().next();
        String facts = new String(entry.get(PdfMemory.FACTS), StandardCharsets.UTF_8);
        String firstPage = fresh.pdf().pageTexts().get(0);
        assertTrue(facts.contains("\ntext " + firstPage + "\n"), facts);
        entry.put(PdfMemory.FACTS, facts.replace("\ntext " + firstPage + "\n", "\ntext FROM THE STORE\n")
                .getBytes(StandardCharsets.UTF_8));

        AttachedPdfs.Prepared next = new PdfMemory(store, "engine 1").prepared(bytes);
        assertEquals("FROM THE STORE", next.pdf().pageTexts().get(0), "taken from the store");
        assertEquals(fresh.pdf().pageCount(), next.pdf().pageCount());
        assertEquals(fresh.pdf().tagged(), next.pdf().tagged());
        assertTrue(java.util.Arrays.equals(fresh.pdf().printable(), next.pdf().printable()));

        AttachedPdfs.Prepared otherEngine = new PdfMemory(store, "engine 2").prepared(bytes);
        assertEquals(firstPage, otherEngine.pdf().pageTexts().get(0), "another engine prepares afresh");
        assertEquals(2, store.entries.size());

        for (Map<String, byte[]> stored : store.entries.values()) {
            stored.put(PdfMemory.FACTS, (PdfMemory.FORMAT + "\npages 1\ntagged true\n").getBytes(StandardCharsets.UTF_8));
        }
        AttachedPdfs.Prepared afterDamage = new PdfMemory(store, "engine 1").prepared(bytes);
        assertEquals(fresh.pdf().pageTexts(), afterDamage.pdf().pageTexts(), "an entry that is not whole is not used");
        assertEquals(1, store.entries.values().stream().filter(e -> PdfMemory.read(e).isPresent()).count(),
                "the damaged entry is written again (the other engine's is left as it was)");

        MapStore none = new MapStore();
        AttachedPdfs.Prepared broken = new PdfMemory(none, "engine 1").prepared("not a PDF".getBytes(StandardCharsets.US_ASCII));
        assertNotNull(broken.unreadable());
        assertTrue(none.entries.isEmpty(), "what cannot be prepared is looked at again each time, not stored");
    }

    /** A check keeps the shipped content's attached PDFs in its cache, beside the content folder by default. */
    @Test
    void aCheckKeepsPreparedPdfsBesideTheContent() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        org.committeepapers.Cli first = org.committeepapers.Cli.run("check", "--content", content.root().toString());
        assertEquals(0, first.exitCode(), first.all());
        Path cache = temp.resolve(".papers-cache");
        try (java.util.stream.Stream<Path> entries = Files.list(cache)) {
            assertTrue(entries.anyMatch(e -> !e.getFileName().toString().startsWith(".")), "an entry in the cache beside the content");
        }
        org.committeepapers.Cli second = org.committeepapers.Cli.run("check", "--content", content.root().toString());
        assertEquals(first.all(), second.all(), "the same messages with the PDFs taken from the cache");
    }

    private static Attachment.AttachedPdf attached(Site site) {
        Attachment.AttachedPdf pdf = site.meetings().stream().flatMap(m -> m.allDocuments().stream())
                .filter(d -> d.fileName().equals("care-home-capacity-plan.pdf")).findFirst().orElseThrow().pdf();
        assertNotNull(pdf);
        return pdf;
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.position().file().displayName() + ":" + p.position().line() + ":"
                + p.position().column() + ": " + p.message()).toList();
    }
}
