package org.committeepapers.cli;

import java.io.IOException;
import java.net.BindException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.committeepapers.serve.PreviewServer;
import org.committeepapers.serve.SourceWatcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papers serve}: a live preview on this computer only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site at http://localhost:PORT/, rebuilt and reloaded as you save.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Paths paths;

    @CommandLine.Mixin
    Messages messages;

    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--open", description = "Open the preview in the default browser once it is built.")
    boolean open;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages say = messages.start(spec);
        PreviewServer server;
        try {
            server = new PreviewServer(paths.content, paths.templates, port);
        } catch (BindException e) {
            say.error("error: port " + port + " is in use\nhint: try another, e.g. --port " + (port + 1));
            return 2;
        }
        // The first build is reported before watching begins: watching rebuilds at once (and reports "Rebuilt")
        // when a save came during the first build.
        report(say, server, false);
        try (server; SourceWatcher watcher = server.watch(() -> report(say, server, true), say::error)) {
            String address = "http://localhost:" + server.port() + "/";
            say.info("Serving " + address + " (this computer only). Ctrl+C stops.");
            if (open && !Browser.open(address)) {
                say.info("No browser could be opened from here; open " + address + " yourself.");
            }
            // Runs until stopped; a watcher that failed for good ends the command, loudly (it was already printed).
            watcher.stopped().get();
        } catch (ExecutionException e) {
            say.error("error: the preview stopped watching the sources: " + e.getCause().getMessage()
                    + "\nhint: start `papers serve` again; pages no longer follow your saves");
            return 1;
        } catch (IOException e) {
            say.error("error: cannot watch the sources: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            // Stopped by whoever started it (e.g. a test, or an embedding program).
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** What the terminal shows after a build: its errors, else that pages reload; with --verbose, its details. */
    private static void report(Messages say, PreviewServer server, boolean rebuilt) {
        PreviewServer.Rebuild build = server.lastRebuild();
        if (server.failure() != null) {
            say.error("error: " + server.failure());
        } else if (!server.errors().isEmpty()) {
            say.problemList(server.errors());
        } else if (rebuilt) {
            say.info("Rebuilt; pages reload by themselves.");
        }
        if (say.verbose() && build != null) {
            say.detail(String.format(Locale.ROOT, "%s in %d ms.", rebuilt ? "Rebuilt" : "Built", build.millis()));
            say.stages(build.stages());
            if (rebuilt) {
                say.detail(build.changed().isEmpty() ? "No output file changed." : "Output files changed:");
                build.changed().forEach(path -> say.detail("  " + path));
            }
        }
    }
}
