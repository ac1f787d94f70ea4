package org.committeepapers.problem;

import java.util.List;

/** Writes problems in the compiler style editors understand: {@code file:line:column: error: message}. */
public final class ProblemPrinter {
    private ProblemPrinter() {
    }

    public static String format(Problem problem) {
        StringBuilder out = new StringBuilder();
        SourcePosition at = problem.position();
        out.append(visible(at.toString())).append(": ").append(problem.isError() ? "error" : "warning").append(": ")
                .append(visible(problem.message())).append('\n');
        String line = at.file().line(at.line());
        if (!line.isBlank() && line.length() <= 300) {
            out.append("    ").append(visible(line.replace('\t', ' '))).append('\n');
            out.append("    ").append(" ".repeat(Math.max(0, Math.min(at.column() - 1, line.length()))))
                    .append("^\n");
        }
        if (problem.hint() != null) {
            out.append("    hint: ").append(visible(problem.hint())).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code text} with control characters (a NUL or line break in a file name, an escape sequence in a value)
     * written as {@code \\u0000}, so a message is one readable line and cannot drive the terminal.
     */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' || c == '\u2028' || c == '\u2029'
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            out.append(control ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    public static String format(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(format(p)));
        return out.toString();
    }
}
