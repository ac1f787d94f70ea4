package org.committeepapers.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README stays short and points at the guides, and keeps the two set-up commands word for word: CI
 * ({@code .ci/run}) and reviewers run exactly these.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");

    @Test
    void keepsTheTwoSetUpCommandsWordForWord() throws IOException {
        String readme = Files.readString(README);
        assertTrue(readme.contains("```sh\n./papers build        # builds the example content in content/ into site/\n"
                + "mvn -B test           # runs all the tests\n```"), "the two set-up commands, as CI runs them");
    }

    @Test
    void isShortAndLinksEveryGuide() throws IOException {
        String readme = Files.readString(README);
        assertTrue(readme.length() < 9_000, "the README is for a first look (" + readme.length() + " characters); details go in docs/");
        try (var docs = Files.list(DocsExamplesTest.DOCS)) {
            for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).toList()) {
                assertTrue(readme.contains("](docs/" + doc.getFileName() + ")"), "the README links " + doc);
            }
        }
    }
}
