package org.committeepapers.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.committeepapers.load.JsonSchemas;
import org.junit.jupiter.api.Test;

/**
 * docs/reference.md is generated from the JSON Schemas, like a golden file: when a key is added to a reader
 * (or the example content starts using one), this test fails until the page is regenerated with
 * {@value ReferenceDoc#REGENERATE}.
 */
class ReferenceDocTest {
    static final Path REFERENCE = Path.of("docs/reference.md");

    /** The schemas {@code papers schema} writes: learnt while reading the example content the tool ships. */
    static Map<String, byte[]> schemas() throws IOException {
        return JsonSchemas.ofThisVersion();
    }

    @Test
    void referenceIsUpToDateWithTheSchemas() throws IOException {
        String expected = ReferenceDoc.markdown(schemas());
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(REFERENCE, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(REFERENCE) ? Files.readString(REFERENCE, StandardCharsets.UTF_8) : "";
        assertTrue(expected.equals(actual), REFERENCE + " is out of date with the JSON Schemas the tool writes ("
                + firstDifference(expected, actual) + "); regenerate it with: " + ReferenceDoc.REGENERATE + " (and commit it)");
    }

    @Test
    void templateDataModelIsUpToDateWithTheViews() throws IOException {
        Path templates = Path.of("docs/templates.md");
        String page = Files.readString(templates, StandardCharsets.UTF_8);
        String expected = TemplateModelDoc.update(page);
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(templates, expected, StandardCharsets.UTF_8);
            page = expected;
        }
        assertTrue(expected.equals(page), templates + ": the data model section is out of date with the records in "
                + TemplateModelDoc.SOURCES + " (" + firstDifference(expected, page) + "); regenerate it with: "
                + ReferenceDoc.REGENERATE);
        assertTrue(expected.contains("### ProposalView") && expected.contains("| `narrativeHtml` | text |"), "records are read");
    }

    /** The first line at which the page differs from what it should be, for the failure message. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            String w = i < want.length ? want[i] : "(end of page)";
            String h = i < have.length ? have[i] : "(end of page)";
            if (!w.equals(h)) {
                return "line " + (i + 1) + " is '" + h + "' but should be '" + w + "'";
            }
        }
        return "no difference";
    }

    @Test
    void everyKeyOfEverySchemaIsOnThePage() throws IOException {
        String page = ReferenceDoc.markdown(schemas());
        for (String key : new String[] {"`council`", "`format.negative`", "`committees[].id`", "`finance[].<year>`",
            "`tables`", "`items[].appendices`", "`expect`", "`corrections`"}) {
            assertTrue(page.contains("| " + key + " |"), key + " is missing from the reference");
        }
        assertTrue(page.contains("one of `minus`, `hyphen`, `brackets`"), "choices are listed");
    }
}
