package org.committeepapers.print;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.committeepapers.compute.ComputedPaper;
import org.committeepapers.compute.ComputedProposal;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Finds characters the embedded font cannot draw before anything is printed, and names the source line
 * that holds them. Without this check the PDF would silently show a blank or lose the text.
 */
public final class GlyphCheck {
    private GlyphCheck() {
    }

    public static void check(ComputedPaper paper, String printHtml, Problems problems) {
        // Markup, entities and the style sheet are ASCII, which the font covers; so every character outside
        // ASCII in the document is text (or a title repeated in an attribute) and must have a glyph.
        Set<Integer> missing = new LinkedHashSet<>();
        printHtml.codePoints().filter(cp -> cp > 0x7f && !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                && !Fonts.get().covers(cp)).forEach(missing::add);
        for (int cp : missing) {
            String character = new String(Character.toChars(cp));
            SourcePosition at = locate(paper, character);
            problems.error(at, String.format(Locale.ROOT, "the character '%s' (U+%04X) is not in the PDF font %s, so it cannot be printed",
                    character, cp, Fonts.FAMILY), "replace it with a plain character or words");
        }
    }

    private static SourcePosition locate(ComputedPaper paper, String character) {
        List<SourceFile> files = new ArrayList<>();
        paper.proposals().stream().map(ComputedProposal::proposal).forEach(p -> files.add(p.file()));
        files.add(paper.paper().position().file());
        for (SourceFile file : files) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int column = lines[i].indexOf(character);
                if (column >= 0) {
                    return file.at(i + 1, column + 1);
                }
            }
        }
        return paper.paper().position();
    }
}
