package org.committeepapers.problem;

import java.util.List;

/** Writes problems in the compiler style editors understand: {@code file:line:column: error: message}. */
public final class ProblemPrinter {
    private ProblemPrinter() {
    }

    public static String format(Problem problem) {
        StringBuilder out = new StringBuilder();
        SourcePosition at = problem.position();
        out.append(at).append(": ").append(problem.isError() ? "error" : "warning").append(": ")
                .append(problem.message()).append('\n');
        String line = at.file().line(at.line());
        if (!line.isBlank() && line.length() <= 300) {
            out.append("    ").append(line.replace('\t', ' ')).append('\n');
            out.append("    ").append(" ".repeat(Math.max(0, Math.min(at.column() - 1, line.length()))))
                    .append("^\n");
        }
        if (problem.hint() != null) {
            out.append("    hint: ").append(problem.hint()).append('\n');
        }
        return out.toString();
    }

    public static String format(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(format(p)));
        return out.toString();
    }
}
