package org.committeepapers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papers} command. */
@Command(name = "papers", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns Markdown and YAML budget proposals into consistent committee appendices.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, InitCommand.class,
                SchemaCommand.class, BenchmarkCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 errors in the content (or output not writable), 2 wrong usage."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether the commands print on the process's own standard output and error, so colour may be used. */
    final boolean ownStreams;

    private Main(boolean ownStreams) {
        this.ownStreams = ownStreams;
    }

    /**
     * The one argument that makes the JVM exit at once, before any command is set up: {@code papers benchmark
     * --start} times it, through the same launcher, as the bare start the commands are compared with.
     */
    public static final String BARE_START = "--bare-start";

    public static void main(String[] args) {
        if (args.length == 1 && BARE_START.equals(args[0])) {
            System.exit(0);
        }
        CommandLine line = commandLine();
        int code = line.execute(args);
        if (StartupArchive.worthKeeping(line.getParseResult(), code)) {
            StartupArchive.writeIfAsked();
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, writing to the process's own standard output and error. */
    static CommandLine commandLine() {
        return new CommandLine(new Main(true));
    }

    /** Runs the command line writing to the given streams; for tests and embedding. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new Main(false)).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: init, build, check, serve or new (papers --help lists every command)");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/org/committeepapers/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"Committee Papers " + properties.getProperty("version", "(development)")};
        }
    }
}
