package org.committeepapers.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A folder that travels inside the tool (in the jar, or in target/classes when run from the build), opened as
 * a {@link Path} for the length of one call, so the usual file code can read it wherever it lives.
 */
public final class Bundled {
    /** The shipped example content (the repository's content/), which the JSON Schemas are learnt from. */
    public static final String EXAMPLE = "/org/committeepapers/example";
    /** Files read after the example to teach the schemas the keys it never uses (see its README.md). */
    public static final String SCHEMA_LESSONS = "/org/committeepapers/schema-lessons";

    private Bundled() {
    }

    /**
     * Runs {@code work} on the bundled folder that holds {@code marker}, e.g. {@code EXAMPLE + "/site.yaml"}.
     *
     * @throws IOException if the tool was built without it
     */
    public static <T> T open(String marker, Function<Path, T> work) throws IOException {
        URL url = Bundled.class.getResource(marker);
        if (url == null) {
            throw new IOException("the tool was built without " + marker);
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!"jar".equals(uri.getScheme())) {
            return work.apply(Path.of(uri).getParent());
        }
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        try {
            return work.apply(jar.provider().getPath(uri).getParent());
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }
}
