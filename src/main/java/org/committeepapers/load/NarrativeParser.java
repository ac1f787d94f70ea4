package org.committeepapers.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.model.Narrative;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Splits Markdown at its placeholders: {@code {{ table id }}} on a line of its own places a table,
 * {@code {{ expression | format }}} anywhere places a computed figure.
 */
public final class NarrativeParser {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern TABLE = Pattern.compile("\\s*table\\s+([A-Za-z0-9_-]+)\\s*");

    private NarrativeParser() {
    }

    /** Parses {@code markdown}, whose first line is line {@code firstLine} of {@code file}. */
    public static Narrative parse(SourceFile file, String markdown, int firstLine, Problems problems) {
        List<Narrative.Segment> segments = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = firstLine + i;
            Matcher m = PLACEHOLDER.matcher(line);
            int last = 0;
            while (m.find()) {
                pending.append(line, last, m.start());
                last = m.end();
                SourcePosition at = file.at(lineNumber, m.start() + 1);
                String inside = m.group(1);
                Matcher table = TABLE.matcher(inside);
                if (table.matches()) {
                    if (!line.strip().equals(m.group())) {
                        problems.error(at, "a table placeholder must stand on a line of its own",
                                "put '" + m.group().strip() + "' on its own line with blank lines around it");
                    }
                    flush(pending, segments);
                    segments.add(new Narrative.TableRef(at, table.group(1)));
                    continue;
                }
                figure(inside, file.at(lineNumber, m.start(1) + 1), problems).ifPresent(ref -> {
                    flush(pending, segments);
                    segments.add(ref);
                });
            }
            pending.append(line, last, line.length());
            if (line.indexOf("{{", last) >= 0) {
                problems.error(file.at(lineNumber, line.indexOf("{{", last) + 1),
                        "a '{{' placeholder is not closed on the same line", "end it with '}}'");
            }
            if (i < lines.length - 1) {
                pending.append('\n');
            }
        }
        flush(pending, segments);
        return new Narrative(file.at(firstLine, 1), segments);
    }

    private static java.util.Optional<Narrative.FigureRef> figure(String inside, SourcePosition at,
            Problems problems) {
        int bar = inside.lastIndexOf('|');
        String expression = bar >= 0 ? inside.substring(0, bar) : inside;
        String format = bar >= 0 ? inside.substring(bar + 1).strip() : "";
        FigureFormat chosen = null;
        if (!format.isEmpty()) {
            chosen = FigureFormat.parse(format).orElse(null);
            if (chosen == null) {
                problems.error(at, "unknown figure format '" + format + "'", DidYouMean.hint(format, FigureFormat.names()));
                return java.util.Optional.empty();
            }
        }
        FigureFormat finalFormat = chosen;
        return ExpressionParser.parse(expression, at, problems)
                .map(e -> new Narrative.FigureRef(at, e, finalFormat));
    }

    private static void flush(StringBuilder pending, List<Narrative.Segment> segments) {
        if (pending.length() > 0) {
            segments.add(new Narrative.Markdown(pending.toString()));
            pending.setLength(0);
        }
    }
}
