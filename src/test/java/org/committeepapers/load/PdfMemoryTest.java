package org.committeepapers.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
