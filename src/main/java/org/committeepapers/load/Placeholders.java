package org.committeepapers.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/**
 * Finds the placeholder text {@code papers new} and {@code papers init} write ("TODO the directorate"): a
 * warning at each, so a plain build and the preview still work while the text is being written, and a public
 * build ({@code --strict}) refuses to publish it.
 */
final class Placeholders {
    /** The marker: the word TODO in capitals, as the scaffolding writes it. */
    static final Pattern MARKER = Pattern.compile("\\bTODO\\b");

    private Placeholders() {
    }

    /** The placeholder's first few words. */
    private static String excerpt(String text) {
        if (text.length() <= 40) {
            return text.strip();
        }
        int space = text.lastIndexOf(' ', 40);
        return text.substring(0, space > 4 ? space : 40).strip() + " …";
    }

    /** One warning per line that holds a placeholder. */
    static void check(SourceFile file, Problems problems) {
        if (!file.text().contains("TODO")) {
            return; // most files have none: no need to split them into lines (every load reads every file)
        }
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                problems.warning(file.at(i + 1, m.start() + 1), "placeholder text is still here: '" + excerpt(lines[i]
                        .substring(m.start())) + "'", "replace it with the real text; a public build (--strict) refuses "
                        + "placeholders ('draft: true' in paper.yaml keeps an unfinished paper out of builds)");
            }
        }
    }
}
