package org.committeepapers.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.ProblemPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How much a command says, and whether in colour. A mixin giving {@code --quiet} (errors only) and
 * {@code --verbose} (also the time each stage took and a line per file); colour only on a terminal.
 * Without either flag, and off a terminal, the output is exactly what it always was.
 */
final class Messages {
    static final String RED = "\u001B[1;31m";
    static final String YELLOW = "\u001B[1;33m";
    static final String RESET = "\u001B[0m";
    /** A problem's severity word: after "file:line:column: " on a line of its own, or at the start of a line. */
    private static final Pattern SEVERITY = Pattern.compile("(?m)^((?:\\S[^\\n]*?: )?)(error|warning)(: )");

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print the time each stage took and a line per file.")
    boolean verbose;

    private PrintWriter out;
    private PrintWriter err;
    private boolean colour;
    private boolean terminal;

    /**
     * Readies the mixin to print on the command's streams; colour only when they are the process's own and
     * {@link #colourWanted} says so.
     */
    Messages start(CommandLine.Model.CommandSpec spec) {
        if (quiet && verbose) {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose one of --quiet and --verbose");
        }
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        CommandLine root = spec.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        boolean ownStreams = root.getCommand() instanceof Main main && main.ownStreams;
        colour = ownStreams && colourWanted(System.console() != null, System.getenv());
        terminal = ownStreams && System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return this;
    }

    /**
     * Colour only on a terminal ({@code console}), and never when {@code NO_COLOR} is set (https://no-color.org)
     * or {@code TERM} is {@code dumb}.
     */
    static boolean colourWanted(boolean console, Map<String, String> env) {
        return console && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
    }

    /** {@code text} with each problem's "error" in red and "warning" in yellow. */
    static String coloured(String text) {
        Matcher m = SEVERITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + ("error".equals(m.group(2)) ? RED : YELLOW)
                    + m.group(2) + RESET + m.group(3)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * What the build is doing (see {@link BuildProgress}): a status line on a terminal, plain lines when piped,
     * nothing with --quiet.
     */
    BuildProgress progress() {
        return new BuildProgress(quiet ? new PrintWriter(java.io.Writer.nullWriter()) : err, terminal);
    }

    boolean quiet() {
        return quiet;
    }

    boolean verbose() {
        return verbose;
    }

    /** A line of news, e.g. the closing summary; not printed with --quiet. */
    void info(String line) {
        if (!quiet) {
            out.println(line);
            out.flush();
        }
    }

    /** A line printed only with --verbose. */
    void detail(String line) {
        if (verbose) {
            out.println(line);
            out.flush();
        }
    }

    /** An error that is not about the content, such as a folder that cannot be written; always printed. */
    void error(String text) {
        err.println(colour ? coloured(text) : text);
        err.flush();
    }

    /**
     * Problems as {@link Reporter#problems} prints them (the errors, then "N error(s); nothing was written."),
     * but with --quiet only the errors, unless {@code warningsFail}.
     */
    void problems(List<Problem> problems, boolean warningsFail) {
        List<Problem> shown = quiet && !warningsFail ? problems.stream().filter(Problem::isError).toList() : problems;
        Reporter.problems(err, shown, colour);
    }

    /** Problems as they are printed while serving: each in full, with no summary line. */
    void problemList(List<Problem> problems) {
        List<Problem> shown = quiet ? problems.stream().filter(Problem::isError).toList() : problems;
        String text = ProblemPrinter.format(shown);
        err.print(colour ? coloured(text) : text);
        err.flush();
    }

    /**
     * Recorded corrections, as notes in the compiler style ({@code file:line:column: note: …}); not shown with
     * --quiet. They are on the record, so they never fail a build.
     */
    void notes(List<org.committeepapers.compute.CorrectionNote> corrections) {
        if (quiet || corrections.isEmpty()) {
            return;
        }
        // Beside the errors and warnings, in the same compiler style, so editors list them together.
        for (var note : corrections) {
            err.println(note.correction().figurePosition() + ": note: correction recorded: " + note.summary());
        }
        err.flush();
    }

    /** With --verbose, the milliseconds each stage took, a line each. */
    void stages(Map<String, Long> millis) {
        if (verbose && !millis.isEmpty()) {
            int width = millis.keySet().stream().mapToInt(String::length).max().orElse(0);
            out.println("Time by stage:");
            millis.forEach((stage, ms) -> out.printf(Locale.ROOT, "  %-" + width + "s %6d ms%n", stage, ms));
            out.flush();
        }
    }
}
