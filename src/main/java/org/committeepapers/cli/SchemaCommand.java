package org.committeepapers.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.committeepapers.load.JsonSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code papers schema}: writes the JSON Schemas of every kind of source file where an editor can find them,
 * before any build. They belong to the tool's version, not to a site, so they are never published.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Write the JSON Schemas of the source files, for editors (default: .papers/schema).")
final class SchemaCommand implements Callable<Integer> {
    /** Where {@code init} and the editor settings expect the schemas, relative to the site's folder. */
    static final String DEFAULT = ".papers/schema";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "Folder to write the schemas into (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            int written = write(out).size();
            spec.commandLine().getOut().println("Wrote " + written + " JSON Schemas to " + out + ".");
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot write the schemas to " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** Writes this version's schemas into {@code dir}, replacing older ones of the same names. */
    static Map<String, byte[]> write(Path dir) throws IOException {
        Map<String, byte[]> schemas = JsonSchemas.ofThisVersion();
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> schema : schemas.entrySet()) {
            Files.write(dir.resolve(schema.getKey()), schema.getValue());
        }
        return schemas;
    }
}
