package org.committeepapers.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command reads, with the defaults of a project laid out as the README shows. */
final class Paths {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Folder with site.yaml and papers/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder whose templates override the built-in ones (default: ${DEFAULT-VALUE}).")
    Path templates;
}
