package org.committeepapers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.committeepapers.render.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cache keys are made of changes whenever the code or any template does. */
class CacheKeysTest {

    @Test
    void theEngineIdentityChangesWithAnyRecompiledClass(@TempDir Path classes) throws Exception {
        Files.createDirectories(classes.resolve("org/example"));
        Files.write(classes.resolve("org/example/A.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("org/example/B.class"), new byte[] {4, 5});
        String before = EngineIdentity.compute(classes);
        assertEquals(before, EngineIdentity.compute(classes), "the same code, the same identity");
        Files.write(classes.resolve("org/example/B.class"), new byte[] {4, 6});
        assertNotEquals(before, EngineIdentity.compute(classes), "a recompiled class is a new engine");
        assertTrue(EngineIdentity.value().startsWith("classes:"), "the tests run from target/classes, which is hashed");
    }

    @Test
    void theTemplateFingerprintCoversEveryTemplatePresent(@TempDir Path overrides) throws Exception {
        TreeSet<String> shipped = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            files.forEach(f -> shipped.add(f.getFileName().toString()));
        }
        assertEquals(shipped, new TemplateEngine(overrides).names(), "every built-in template, none listed by hand");

        String before = new TemplateEngine(overrides).fingerprint();
        Files.writeString(overrides.resolve("pack-print.ftlh"), "<html></html>");
        assertNotEquals(before, new TemplateEngine(overrides).fingerprint(), "an override of any template counts");
        String overridden = new TemplateEngine(overrides).fingerprint();
        Files.writeString(overrides.resolve("extra.ftlh"), "<#-- included by an override -->");
        assertNotEquals(overridden, new TemplateEngine(overrides).fingerprint(), "so does a template added by the user");
        Files.writeString(overrides.resolve(".pack-print.ftlh.swp"), "editor state");
        assertFalse(new TemplateEngine(overrides).names().contains(".pack-print.ftlh.swp"),
                "an editor's swap file is not a template");
    }
}
