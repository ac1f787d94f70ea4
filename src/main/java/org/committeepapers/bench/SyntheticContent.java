package org.committeepapers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a large content folder for benchmarks: one paper of {@code count} proposals, cycling through the
 * shipped business cases with their BP references made unique.
 */
public final class SyntheticContent {
    public static final String PAPER = "synthetic-appendix";
    /** The shipped paper whose business cases are copied: the 2023-24 format, a few pages each. */
    private static final String MODEL_PAPER = "adults-and-health-business-cases";

    private SyntheticContent() {
    }

    public static Path write(Path shipped, Path target, int count) throws IOException {
        Path shippedPaper = shipped.resolve("papers").resolve(MODEL_PAPER);
        if (!Files.isDirectory(shippedPaper)) {
            try (Stream<Path> dirs = Files.list(shipped.resolve("papers"))) {
                shippedPaper = dirs.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
            }
        }
        List<Path> cases;
        try (Stream<Path> files = Files.list(shippedPaper)) {
            cases = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path paper = target.resolve("papers").resolve(PAPER);
        Files.createDirectories(paper);
        Files.copy(shipped.resolve("site.yaml"), target.resolve("site.yaml"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String source = Files.readString(cases.get(i % cases.size()), StandardCharsets.UTF_8);
            String name = String.format("case-%03d", i + 1);
            String text = source.replaceFirst("(?m)^bp_references: .*$", "bp_references: [BENCH/" + (i + 1) + "]")
                    .replaceFirst("(?m)^title: (.*)$", "title: $1 (" + (i + 1) + ")");
            // About four pages a case, as in a real appendix: repeat the prose (tables are placed once only).
            String body = text.substring(text.indexOf("\n---\n", 4) + 5).replaceAll("(?m)^\\{\\{ table .*}}$", "");
            text = text + "\n" + body + "\n" + body;
            Files.writeString(paper.resolve(name + ".md"), text, StandardCharsets.UTF_8);
            names.add(name);
        }
        String paperYaml = Files.readString(shippedPaper.resolve("paper.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?s)proposals:.*?\n\n", "proposals:\n" + String.join("\n", names.stream().map(n -> "  - " + n).toList()) + "\n\n")
                .replaceFirst("(?m)^title: .*$", "title: Synthetic appendix of " + count + " business cases");
        Files.writeString(paper.resolve("paper.yaml"), paperYaml, StandardCharsets.UTF_8);
        return target;
    }
}
