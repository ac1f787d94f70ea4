package org.committeepapers.cli;

import java.io.PrintWriter;
import java.util.List;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.ProblemPrinter;

/** Prints problems and the closing line of a command. */
final class Reporter {
    private Reporter() {
    }

    static void problems(PrintWriter err, List<Problem> problems) {
        problems(err, problems, false);
    }

    /** As {@link #problems(PrintWriter, List)}, with each "error" and "warning" in colour when {@code colour}. */
    static void problems(PrintWriter err, List<Problem> problems, boolean colour) {
        String text = ProblemPrinter.format(problems);
        err.print(colour ? Messages.coloured(text) : text);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors > 0) {
            err.println(errors + " error(s)" + (warnings > 0 ? ", " + warnings + " warning(s)" : "")
                    + "; nothing was written.");
        }
        err.flush();
    }
}
