package org.committeepapers.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.model.Answer;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.ProposalFormat;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Splits the text of a question-led format at its level-1 headings, {@code # 1} or {@code # why}, one per
 * fixed section, and checks them against the format: known keys, the format's order, no repeats, nothing
 * required left out. Text before the first heading is the header's own text (it may place tables).
 */
final class Answers {
    /** The header text before the first section (empty when there is none), and the answers in order. */
    record Result(Narrative preamble, List<Answer> answers) {
    }

    private static final Pattern SECTION = Pattern.compile("#\\s+(.*?)\\s*#*\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s*(```|~~~).*");

    private Answers() {
    }

    static Result read(SourceFile file, String body, int firstLine, ProposalFormat format, Problems problems) {
        List<String> keys = format.sections().stream().map(ProposalFormat.Section::key).toList();
        String[] lines = body.split("\n", -1);
        List<Answer> answers = new ArrayList<>();
        Narrative preamble = new Narrative(file.at(firstLine, 1), List.of());
        Map<String, SourcePosition> seen = new HashMap<>();
        String key = null;
        SourcePosition keyAt = null;
        int start = 0;
        boolean fenced = false;
        int lastIndex = -1;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            Matcher m = end ? null : SECTION.matcher(lines[i]);
            if (!end && FENCE.matcher(lines[i]).matches()) {
                fenced = !fenced;
            }
            if (!end && (fenced || !m.matches())) {
                continue;
            }
            if (key == null) {
                String text = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, i));
                if (!text.isBlank()) {
                    preamble = NarrativeParser.parse(file, text, firstLine, problems);
                }
            }
            if (key != null && !key.isEmpty()) {
                String text = String.join("\n", java.util.Arrays.copyOfRange(lines, start, i));
                answers.add(new Answer(key, keyAt, NarrativeParser.parse(file, text, firstLine + start, problems)));
            }
            if (end) {
                break;
            }
            key = m.group(1);
            keyAt = file.at(firstLine + i, 3);
            start = i + 1;
            int index = keys.indexOf(key);
            if (index < 0) {
                problems.error(keyAt, "'" + key + "' is not a section of the " + format.sourceName() + " template",
                        DidYouMean.hint(key, keys));
                key = "";
            } else if (seen.putIfAbsent(key, keyAt) != null) {
                problems.error(keyAt, "the section '" + key + "' is given twice (first on line " + seen.get(key).line() + ")",
                        "merge the two answers");
                key = "";
            } else if (index < lastIndex) {
                problems.error(keyAt, "the section '" + key + "' is out of order: it must come before '"
                        + keys.get(lastIndex) + "'", "the " + format.sourceName() + " order is " + String.join(", ", keys));
            } else {
                lastIndex = index;
            }
        }
        for (ProposalFormat.Section section : format.sections()) {
            if (section.required() && !seen.containsKey(section.key())) {
                problems.error(file.at(Math.max(1, firstLine - 1), 1), "the required section '" + section.key() + "' ("
                        + section.question() + ") is missing",
                        "add '# " + section.key() + "' followed by its answer");
            }
        }
        return new Result(preamble, List.copyOf(answers));
    }
}
