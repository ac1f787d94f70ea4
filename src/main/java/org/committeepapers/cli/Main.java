package org.committeepapers.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papers} command. */
@Command(name = "papers", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns Markdown and YAML budget proposals into consistent committee appendices.",
        footer = {"", "Exit codes: 0 success, 1 errors in the content (or output not writable), 2 wrong usage."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The commands, in the order help lists them. They are added as the command line is made, not declared on
     * this class, so that a run sets up only the command it runs: picocli reads each command's annotations by
     * reflection, which took a tenth of a second for all of them in a fresh JVM, on a check's critical path.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("new", NewCommand::new);
        COMMANDS.put("init", InitCommand::new);
        COMMANDS.put("schema", SchemaCommand::new);
        COMMANDS.put("benchmark", BenchmarkCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

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
        CommandLine line = commandLine(true, args);
        int code = line.execute(args);
        if (StartupArchive.worthKeeping(line.getParseResult(), code)) {
            StartupArchive.writeIfAsked();
        }
        System.exit(code);
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        return commandLine(true, args).execute(args);
    }

    /** Runs the command line writing to the given streams; for tests and embedding. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine(false, args).setOut(out).setErr(err).execute(args);
    }

    /**
     * The command line for {@code args}: with only the command they name, or with every command when they name
     * none (help, the version, or a mistyped command, which is answered with the names it may have meant).
     */
    static CommandLine commandLine(boolean ownStreams, String... args) {
        String named = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse(null);
        boolean one = named != null && !named.equals("help") && COMMANDS.containsKey(named);
        CommandLine line = new CommandLine(new Main(ownStreams));
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(named)) {
                line.addSubcommand(name, command.get());
            }
        });
        return line;
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
