package org.committeepapers.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages quote only an excerpt of a long value, and problems are listed in the order of cause. */
class ExcerptAndOrderTest {
    private static final String LONG = "Invest to save and ".repeat(20).strip();

    @Test
    void aLongQuotedValueIsCutToSixtyCharactersAndAnEllipsis() {
        String cut = LONG.substring(0, 60) + "…";
        assertEquals("'category' must be one of A, B, but found '" + cut + "'",
                Excerpt.shortened("'category' must be one of A, B, but found '" + LONG + "'"));
        assertEquals("the key \"" + cut + "\" is given twice", Excerpt.shortened("the key \"" + LONG + "\" is given twice"));
        assertEquals("short 'value' stays", Excerpt.shortened("short 'value' stays"));
    }

    @Test
    void theWordsBetweenTwoQuotedValuesAreNeverTakenForOne() {
        String message = "'type' must be one of text, money, rate, percentage, count, ratio, and more, but found 'cont'";
        assertEquals(message, Excerpt.shortened(message));
    }

    @Test
    void problemsAreListedInTheOrderOfCauseSiteThenPapersThenMeetingsThenPacks() {
        Problems problems = new Problems();
        for (String name : List.of("content/packs/b.yaml", "content/meetings/m/meeting.yaml", "content/papers/p/a-case.md",
                "content/papers/p/paper.yaml", "content/site.yaml", "templates/paper.ftlh")) {
            problems.error(SourceFile.of(Path.of(name), "").at(2, 1), "x");
        }
        assertEquals(List.of("content/site.yaml", "content/papers/p/paper.yaml", "content/papers/p/a-case.md",
                "content/meetings/m/meeting.yaml", "content/packs/b.yaml", "templates/paper.ftlh"),
                problems.sorted().stream().map(p -> p.position().file().displayName()).toList());
    }
}
