package org.committeepapers.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.committeepapers.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's five-minute tour, step by step, on a site made by {@code papers init}: each thing the tour
 * tells a reader to type is in the README word for word, and does what the tour says it does. (That the new
 * site builds, and that --strict refuses its placeholders, is InitCommandTest's.)
 */
class ReadmeTourTest {
    @TempDir
    Path temp;

    private Path site;

    private Cli check() {
        return Cli.run("check", "--content", site.resolve("content").toString(),
                "--templates", site.resolve("templates").toString());
    }

    private void edit(String from, String to) throws IOException {
        Path file = site.resolve("content/papers/example-business-cases/first-business-case.md");
        String text = Files.readString(file);
        assertTrue(text.contains(from), "the example case has '" + from + "'");
        Files.writeString(file, text.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void theTourDoesWhatItSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String step : new String[] {"`papers init our-papers --council \"Borsetshire County Council\" --committee\n   cabinet=Cabinet`",
            "`papers build`", "`papers serve --open`", "`content/papers/example-business-cases/`", "(`categroy:`)",
            "\"did you mean\n   'category'?\"", "`expect: { finance.total: -250 }`",
            "`papers new proposal --paper content/papers/example-business-cases --title \"Day\n   opportunities\"`"}) {
            assertTrue(readme.contains(step), "the tour says " + step);
        }
        site = temp.resolve("our-papers");
        Cli init = Cli.run("init", site.toString(), "--council", "Borsetshire County Council", "--committee", "cabinet=Cabinet");
        assertEquals(0, init.exitCode(), init.all());
        assertEquals(0, check().exitCode(), "step 2: the new site builds");

        edit("category:", "categroy:");
        Cli misspelt = check();
        assertEquals(1, misspelt.exitCode(), misspelt.all());
        assertTrue(misspelt.err().contains("first-business-case.md:") && misspelt.err().contains("did you mean 'category'?"),
                "step 4: " + misspelt.all());
        edit("categroy:", "category:");

        edit("# expect:", "expect: { finance.total: -250 }");
        Cli stated = check();
        assertEquals(1, stated.exitCode(), stated.all());
        assertTrue(stated.err().contains("stated -250 for finance.total but the rows add up to 0"), "step 5: " + stated.all());
        edit("expect: { finance.total: -250 }", "# expect:");

        Cli added = Cli.run("new", "proposal", "--paper", site.resolve("content/papers/example-business-cases").toString(),
                "--title", "Day opportunities");
        assertEquals(0, added.exitCode(), added.all());
        Cli after = check();
        assertEquals(0, after.exitCode(), "step 6: the new case builds at once: " + after.all());
        assertTrue(after.err().contains("day-opportunities.md") && after.err().contains("warning: placeholder text"),
                "step 6: its TODO text is a warning: " + after.all());
    }
}
