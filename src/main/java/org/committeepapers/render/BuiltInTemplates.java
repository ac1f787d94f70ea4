package org.committeepapers.render;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The names of the built-in templates, listed once from the folder or jar they are loaded from. */
final class BuiltInTemplates {
    static final List<String> NAMES = list();

    private static List<String> list() {
        URL url = TemplateEngine.class.getResource(TemplateEngine.BUILT_IN);
        if (url == null) {
            throw new IllegalStateException("the built-in templates are missing from " + TemplateEngine.BUILT_IN);
        }
        List<String> names = new ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                String prefix = TemplateEngine.BUILT_IN.substring(1) + "/";
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(JarEntry::getName)
                            .filter(name -> name.startsWith(prefix) && !name.endsWith("/"))
                            .forEach(name -> names.add(name.substring(prefix.length())));
                }
            } else {
                Path dir = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile)
                            .forEach(file -> names.add(dir.relativize(file).toString().replace('\\', '/')));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in templates: " + e.getMessage(), e);
        }
        Collections.sort(names);
        return List.copyOf(names);
    }

    private BuiltInTemplates() {
    }
}
