package org.committeepapers.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.model.FigureFormat;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.model.Narrative;
import org.committeepapers.model.Text;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;

/**
 * Finds the {@code {{ expression | format }}} figure references in an author's text, wherever it was written:
 * a YAML scalar (plain, quoted, or a {@code |} or {@code >} block), a line of Markdown, or a whole report.
 *
 * <p>{@code \{{} and {@code \}}} print the braces themselves. A {@code }}} with no {@code {{} before it, or
 * a {@code {{} not closed on its line, is an error, so braces never reach a page by accident.
 */
public final class FigureText {
    private static final Pattern TABLE = Pattern.compile("\\s*table\\s+([A-Za-z0-9_-]+)\\s*");

    /** A {@code {{ table id }}} found by {@link #scan}; only a business case's text may place one. */
    record TablePlaceholder(SourcePosition position, String tableId, String written) {
    }

    private FigureText() {
    }

    /**
     * Splits {@code text} into literal strings, {@link Narrative.FigureRef}s and {@link TablePlaceholder}s;
     * {@code at} gives the source position of each character. Mistakes are reported and left out.
     */
    static List<Object> scan(String text, IntFunction<SourcePosition> at, Problems problems) {
        List<Object> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("\\{{", i) || text.startsWith("\\}}", i)) {
                literal.append(text, i + 1, i + 3);
                i += 3;
            } else if (text.startsWith("{{", i)) {
                int close = text.indexOf("}}", i + 2);
                int newline = text.indexOf('\n', i + 2);
                if (close < 0 || newline >= 0 && newline < close) {
                    problems.error(at.apply(i), "a '{{' placeholder is not closed on the same line",
                            "end it with '}}'; to print the braces themselves, write \\{{");
                    i += 2;
                    continue;
                }
                String inside = text.substring(i + 2, close);
                Matcher table = TABLE.matcher(inside);
                flush(literal, out);
                if (table.matches()) {
                    out.add(new TablePlaceholder(at.apply(i), table.group(1), text.substring(i, close + 2)));
                } else {
                    int start = i + 2;
                    figure(inside, at.apply(start), problems).ifPresent(out::add);
                }
                i = close + 2;
            } else if (text.startsWith("}}", i)) {
                problems.error(at.apply(i), "a '}}' with no '{{' before it",
                        "to print the braces themselves, write \\}}");
                i += 2;
            } else {
                literal.append(text.charAt(i));
                i++;
            }
        }
        flush(literal, out);
        return out;
    }

    /** Whether {@code text} holds anything {@link #scan} would treat specially. */
    static boolean hasBraces(String text) {
        return text.contains("{{") || text.contains("}}");
    }

    /** A YAML scalar's text; references are located inside the scalar, whatever its style. */
    static Text ofScalar(YamlNode.Scalar scalar, String key, Problems problems) {
        String value = scalar.text().strip();
        if (!hasBraces(value)) {
            return Text.literal(value);
        }
        return text(scan(value, new ScalarLocator(scalar.position(), value), problems), key, problems);
    }

    /** A whole Markdown file (a report), or part of one starting at {@code firstLine}; no tables. */
    static Text ofMarkdown(SourceFile file, String markdown, int firstLine, String what, Problems problems) {
        if (!hasBraces(markdown)) {
            return Text.literal(markdown);
        }
        List<Object> parts = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            int line = firstLine + n;
            parts.addAll(scan(lines[n] + (n < lines.length - 1 ? "\n" : ""), c -> file.at(line, c + 1), problems));
        }
        return text(parts, what, problems);
    }

    private static Text text(List<Object> scanned, String where, Problems problems) {
        List<Text.Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Object part : scanned) {
            if (part instanceof String s) {
                literal.append(s);
            } else if (part instanceof TablePlaceholder table) {
                problems.error(table.position(), "a table can be placed only in a business case's text, not in "
                        + where, "declare the table under the case's 'tables:' and place it in the case's text");
            } else {
                if (literal.length() > 0) {
                    parts.add(new Text.Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add((Narrative.FigureRef) part);
            }
        }
        if (literal.length() > 0) {
            parts.add(new Text.Literal(literal.toString()));
        }
        return new Text(List.copyOf(parts));
    }

    private static void flush(StringBuilder literal, List<Object> out) {
        if (literal.length() > 0) {
            out.add(literal.toString());
            literal.setLength(0);
        }
    }

    private static Optional<Narrative.FigureRef> figure(String inside, SourcePosition at, Problems problems) {
        int bar = inside.lastIndexOf('|');
        String expression = bar >= 0 ? inside.substring(0, bar) : inside;
        String format = bar >= 0 ? inside.substring(bar + 1).strip() : "";
        FigureFormat chosen = null;
        if (!format.isEmpty()) {
            chosen = FigureFormat.parse(format).orElse(null);
            if (chosen == null) {
                problems.error(at, "unknown figure format '" + format + "'", DidYouMean.hint(format, FigureFormat.names()));
                return Optional.empty();
            }
        }
        FigureFormat finalFormat = chosen;
        return ExpressionParser.parse(expression, at, problems).map(e -> new Narrative.FigureRef(at, e, finalFormat));
    }

    /**
     * Finds where a character of a scalar's value was written. YAML folds lines, strips indentation and undoes
     * escapes, so offsets in the value are not offsets in the file; but every {@code {{} and {@code }}} of the
     * value is written in the file too, in the same order. A character is found from the brace pair before it.
     */
    private static final class ScalarLocator implements IntFunction<SourcePosition> {
        private final SourcePosition start;
        private final String value;
        private final String source;
        private final int sourceStart;

        ScalarLocator(SourcePosition start, String value) {
            this.start = start;
            this.value = value;
            this.source = start.file().text();
            int offset = 0;
            for (int line = 1; line < start.line() && offset >= 0; line++) {
                offset = source.indexOf('\n', offset) + 1;
                if (offset == 0) {
                    offset = -1;
                }
            }
            this.sourceStart = offset < 0 ? -1 : offset + start.column() - 1;
        }

        @Override
        public SourcePosition apply(int index) {
            int open = value.lastIndexOf("{{", index);
            int close = value.lastIndexOf("}}", index);
            int brace = Math.max(open, close);
            if (brace < 0 || sourceStart < 0) {
                return start;
            }
            String token = brace == open ? "{{" : "}}";
            int nth = 0;
            for (int k = value.indexOf(token); k >= 0 && k < brace; k = value.indexOf(token, k + 2)) {
                nth++;
            }
            int found = source.indexOf(token, sourceStart);
            for (int k = 0; k < nth && found >= 0; k++) {
                found = source.indexOf(token, found + 2);
            }
            if (found < 0) {
                return start;
            }
            int at = found + (index - brace);
            int line = 1;
            int lineStart = 0;
            for (int k = source.indexOf('\n'); k >= 0 && k < at; k = source.indexOf('\n', k + 1)) {
                line++;
                lineStart = k + 1;
            }
            return start.file().at(line, at - lineStart + 1);
        }
    }
}
