package org.committeepapers.load;

import java.util.Optional;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/**
 * A Markdown file split into its YAML front matter (between the first two {@code ---} lines) and its body.
 *
 * @param yaml          the front matter text
 * @param yamlFirstLine the file line on which the front matter starts
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the file line on which the body starts
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static Optional<FrontMatter> split(SourceFile file, Problems problems) {
        String[] lines = file.text().split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            problems.error(file.start(), "a proposal must start with a line '---' opening its front matter",
                    "copy the first lines of an existing proposal");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        problems.error(file.start(), "the front matter opened on line 1 is never closed",
                "end the YAML with a line '---' before the Markdown text");
        return Optional.empty();
    }
}
