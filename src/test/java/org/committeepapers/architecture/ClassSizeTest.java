package org.committeepapers.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The guide's rule that no class in src/main is over 400 lines: a class that grows past it is split. */
class ClassSizeTest {
    private static final int MAX_LINES = 400;

    @Test
    void noSourceFileInMainIsOver400Lines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.put(file.toString(), lines);
                }
            }
        }
        assertEquals(Map.of(), tooLong, "files over " + MAX_LINES + " lines (split them by what each part does)");
    }
}
