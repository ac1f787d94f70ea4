package org.committeepapers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * A synthetic council: {@code committees} committees with {@code meetings} papers each, sharing
     * {@code proposals} business cases between them, made from the shipped 2023-24 cases.
     */
    public static Path writeCouncil(Path shipped, Path target, int committees, int meetings, int proposals)
            throws IOException {
        Path model = shipped.resolve("papers").resolve(MODEL_PAPER);
        List<Path> cases;
        try (Stream<Path> files = Files.list(model)) {
            cases = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        String paperYaml = Files.readString(model.resolve("paper.yaml"), StandardCharsets.UTF_8);
        StringBuilder site = new StringBuilder("council: Synthetic County Council\nsite_title: Committee papers\n"
                + "committees:\n");
        for (int c = 1; c <= committees; c++) {
            site.append("  - { id: committee-").append(c).append(", name: Committee ").append(c).append(" }\n");
        }
        Files.createDirectories(target);
        Files.writeString(target.resolve("site.yaml"), site.toString(), StandardCharsets.UTF_8);
        int papers = committees * meetings;
        if (proposals < papers) {
            throw new IllegalArgumentException("need at least one case per paper: " + proposals + " cases for " + papers + " papers");
        }
        int next = 0;
        for (int p = 0; p < papers; p++) {
            int share = proposals / papers + (p < proposals % papers ? 1 : 0);
            Path dir = target.resolve("papers").resolve(String.format(Locale.ROOT, "paper-%03d", p + 1));
            Files.createDirectories(dir);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < share; i++, next++) {
                String name = String.format(Locale.ROOT, "case-%04d", next + 1);
                Files.writeString(dir.resolve(name + ".md"), synthetic(cases.get(next % cases.size()), next), StandardCharsets.UTF_8);
                names.add(name);
            }
            String yaml = paperYaml
                    .replaceFirst("(?s)proposals:.*?\n\n", "proposals:\n" + String.join("\n", names.stream().map(n -> "  - " + n).toList()) + "\n\n")
                    .replaceFirst("(?m)^committee: .*$", "committee: committee-" + (p % committees + 1))
                    .replaceFirst("(?m)^title: .*$", "title: Business cases, meeting " + (p / committees + 1))
                    .replaceFirst("(?s)notes:.*$", "notes: []\n");
            Files.writeString(dir.resolve("paper.yaml"), yaml, StandardCharsets.UTF_8);
        }
        return target;
    }

    /** Case {@code index}: a shipped case with a unique title and reference and about four pages of text. */
    private static String synthetic(Path source, int index) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^bp_references: .*$", "bp_references: [BENCH/" + (index + 1) + "]")
                .replaceFirst("(?m)^title: (.*)$", "title: $1 (" + (index + 1) + ")");
        String body = text.substring(text.indexOf("\n---\n", 4) + 5).replaceAll("(?m)^\\{\\{ table .*}}$", "");
        return text + "\n" + body + "\n" + body;
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
            String name = String.format(Locale.ROOT, "case-%03d", i + 1);
            Files.writeString(paper.resolve(name + ".md"), synthetic(cases.get(i % cases.size()), i), StandardCharsets.UTF_8);
            names.add(name);
        }
        String paperYaml = Files.readString(shippedPaper.resolve("paper.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?s)proposals:.*?\n\n", "proposals:\n" + String.join("\n", names.stream().map(n -> "  - " + n).toList()) + "\n\n")
                .replaceFirst("(?m)^title: .*$", "title: Synthetic appendix of " + count + " business cases");
        Files.writeString(paper.resolve("paper.yaml"), paperYaml, StandardCharsets.UTF_8);
        return target;
    }
}
