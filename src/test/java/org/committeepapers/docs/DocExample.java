package org.committeepapers.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One YAML example in the documentation, with the marker that says what it is. Every {@code ```yaml} block,
 * and every {@code ```markdown} block that starts with front matter, must follow a marker line
 * {@code <!-- example: MODE FILE -->} (an HTML comment, so readers never see it), where FILE is relative to the
 * content folder and MODE is one of:
 *
 * <ul>
 *   <li>{@code merge} — a fragment: merged into the shipped FILE (a YAML file, or a case's front matter);
 *       mappings merge key by key, lists of mappings merge by their {@code id}, {@code number}, {@code letter},
 *       {@code committee}, {@code case} or {@code file}, any other list or value replaces the shipped one;</li>
 *   <li>{@code replace} — the whole FILE, replacing the shipped one;</li>
 *   <li>{@code new} — a whole new FILE; a new business case is also listed in its paper's {@code proposals};</li>
 *   <li>{@code template} — a template or style sheet ({@code ```ftl}, {@code ```css} blocks) placed in a
 *       templates folder as FILE, overriding the built-in one of that name.</li>
 * </ul>
 *
 * <p>The result must then pass {@code papers check} on a copy of the shipped content.
 */
record DocExample(Path doc, int line, String mode, String file, String text) {
    static final Pattern MARKER = Pattern.compile("^<!-- example: (merge|replace|new|template) (\\S+) -->$");
    private static final Pattern FENCE = Pattern.compile("^```\\s*(yaml|markdown|md|ftl|ftlh|css)\\b.*$");

    /** Where the example starts, for messages: {@code docs/officers-guide.md:120}. */
    String where() {
        return doc + ":" + line;
    }

    @Override
    public String toString() {
        return where() + " (" + mode + " " + file + ")";
    }

    /**
     * The examples of {@code doc}, in order. A YAML block without a marker, or a marker without a block, is an
     * error naming its line: an example nobody checks is how documentation goes wrong.
     */
    static List<DocExample> in(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        List<DocExample> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (marker.matches()) {
                if (i + 1 >= lines.size() || !FENCE.matcher(lines.get(i + 1)).matches()) {
                    throw new AssertionError(doc + ":" + (i + 1) + ": an example marker must stand just above ```yaml");
                }
                continue;
            }
            if (!fence.matches()) {
                if (lines.get(i).startsWith("```")) {
                    i = closingFence(lines, i, doc);
                }
                continue;
            }
            int end = closingFence(lines, i, doc);
            String body = String.join("\n", lines.subList(i + 1, end)) + "\n";
            boolean marked = !fence.group(1).matches("markdown|md");
            if (marked || body.startsWith("---\n")) {
                Matcher above = i == 0 ? null : MARKER.matcher(lines.get(i - 1).trim());
                if (above == null || !above.matches()) {
                    throw new AssertionError(doc + ":" + (i + 1) + ": this example has no marker; put a line"
                            + " '<!-- example: merge|replace|new|template FILE -->' above it (see DocExample)");
                }
                examples.add(new DocExample(doc, i + 2, above.group(1), above.group(2), body));
            }
            i = end;
        }
        return examples;
    }

    private static int closingFence(List<String> lines, int open, Path doc) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).startsWith("```")) {
                return j;
            }
        }
        throw new AssertionError(doc + ":" + (open + 1) + ": a code block that is never closed");
    }
}
