package org.committeepapers.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.committeepapers.problem.ProblemPrinter;
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

    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        PreviewServer server;
        try {
            server = new PreviewServer(paths.content, paths.templates, Path.of(".papers-cache"), port);
        } catch (BindException e) {
            err.println("error: port " + port + " is in use\nhint: try another, e.g. --port " + (port + 1));
            return 2;
        }
        Runnable rebuilt = () -> {
            server.rebuild();
            if (server.errors().isEmpty()) {
                out.println("Rebuilt; pages reload by themselves.");
            } else {
                err.print(ProblemPrinter.format(server.errors()));
            }
            out.flush();
            err.flush();
        };
        if (!server.errors().isEmpty()) {
            err.print(ProblemPrinter.format(server.errors()));
        }
        try (SourceWatcher watcher = new SourceWatcher(List.of(paths.content, paths.templates), rebuilt)) {
            out.println("Serving http://localhost:" + server.port() + "/ (this computer only). Ctrl+C stops.");
            out.flush();
            Thread.currentThread().join();
        } catch (IOException e) {
            err.println("error: cannot watch the sources: " + e.getMessage());
            return 1;
        } finally {
            server.close();
        }
        return 0;
    }
}
