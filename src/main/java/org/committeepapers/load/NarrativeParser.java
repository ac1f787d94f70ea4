package org.committeepapers.load;

import java.util.ArrayList;
import java.util.List;
import org.committeepapers.model.Narrative;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;

/**
 * Splits a business case's Markdown at its placeholders: {@code {{ table id }}} on a line of its own places a
 * table, {@code {{ expression | format }}} anywhere places a computed figure (see {@link FigureText}).
 */
public final class NarrativeParser {

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
            for (Object part : FigureText.scan(line, c -> file.at(lineNumber, c + 1), problems)) {
                if (part instanceof String text) {
                    pending.append(text);
                } else if (part instanceof FigureText.TablePlaceholder table) {
                    if (!line.strip().equals(table.written())) {
                        problems.error(table.position(), "a table placeholder must stand on a line of its own",
                                "put '" + table.written().strip() + "' on its own line with blank lines around it");
                    }
                    flush(pending, segments);
                    segments.add(new Narrative.TableRef(table.position(), table.tableId()));
                } else {
                    flush(pending, segments);
                    segments.add((Narrative.FigureRef) part);
                }
            }
            if (i < lines.length - 1) {
                pending.append('\n');
            }
        }
        flush(pending, segments);
        return new Narrative(file.at(firstLine, 1), segments);
    }

    private static void flush(StringBuilder pending, List<Narrative.Segment> segments) {
        if (pending.length() > 0) {
            segments.add(new Narrative.Markdown(pending.toString()));
            pending.setLength(0);
        }
    }
}
