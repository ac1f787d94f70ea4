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
    /** The shipped meeting whose report each synthetic meeting carries. */
    private static final String MODEL_MEETING = "adults-and-health-2024-01-18";

    private SyntheticContent() {
    }

    /**
     * A synthetic council: {@code committees} committees with {@code meetings} meetings each, every meeting with a
     * report (the shipped one) and one paper as its appendix, so a reports pack; the papers share
     * {@code proposals} business cases, made from the shipped 2023-24 cases; and one budget-round pack of the
     * first meeting's paper of every committee (a twelfth of the cases when there are 12 meetings).
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
                    .replaceFirst("(?m)^meeting_date: .*$", "meeting_date: " + meetingDate(p, committees))
                    .replaceFirst("(?s)notes:.*$", "notes: []\n");
            Files.writeString(dir.resolve("paper.yaml"), yaml, StandardCharsets.UTF_8);
            writeMeeting(shipped, target, p, committees, dir.getFileName().toString());
        }
        writePack(target, committees);
        return target;
    }

    /** Committee {@code c} meets on day {@code c} of every fourth week, starting in January 2024. */
    private static java.time.LocalDate meetingDate(int paper, int committees) {
        return java.time.LocalDate.of(2024, 1, 8).plusWeeks(4L * (paper / committees)).plusDays(paper % committees);
    }

    private static void writeMeeting(Path shipped, Path target, int paper, int committees, String slug) throws IOException {
        java.time.LocalDate date = meetingDate(paper, committees);
        Path dir = target.resolve("meetings").resolve("committee-" + (paper % committees + 1) + "-" + date);
        Files.createDirectories(dir);
        // The shipped report with whatever it shows (its images), the model paper's name made this paper's.
        try (Stream<Path> files = Files.list(shipped.resolve("meetings").resolve(MODEL_MEETING))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("meeting.yaml")).toList()) {
                if (file.toString().endsWith(".md")) {
                    Files.writeString(dir.resolve(file.getFileName().toString()),
                            Files.readString(file, StandardCharsets.UTF_8).replace(MODEL_PAPER, slug), StandardCharsets.UTF_8);
                } else if (Files.isRegularFile(file)) {
                    Files.copy(file, dir.resolve(file.getFileName().toString()));
                }
            }
        }
        Files.writeString(dir.resolve("meeting.yaml"), "committee: committee-" + (paper % committees + 1) + "\ndate: " + date
                + "\ntime: \"10:00am\"\nvenue: Council Chamber\nitems:\n"
                + "  - number: 1\n    title: Apologies for absence and declarations of interest\n"
                + "  - number: 2\n    title: Business planning proposals\n    report: business-planning.md\n"
                + "    appendices:\n      - " + slug + "\n"
                + "  - number: 3\n    title: Agenda plan\n", StandardCharsets.UTF_8);
    }

    /** The budget round's pack: a section per committee holding its first meeting's paper. */
    private static void writePack(Path target, int committees) throws IOException {
        StringBuilder pack = new StringBuilder("title: Business Cases\ndate: " + meetingDate(0, committees) + "\nitem: 4\n"
                + "introduction: |\n  The first round's business cases come to {{ summary.total | £k }}.\ncommittees:\n");
        for (int c = 0; c < committees; c++) {
            pack.append("  - committee: committee-").append(c + 1).append("\n    sections:\n      - letter: ")
                    .append((char) ('a' + c % 26)).append(c >= 26 ? String.valueOf(c / 26) : "")
                    .append("\n        title: Business Cases\n        papers: [")
                    .append(String.format(Locale.ROOT, "paper-%03d", c + 1)).append("]\n");
        }
        Files.createDirectories(target.resolve("packs"));
        Files.writeString(target.resolve("packs").resolve("business-cases.yaml"), pack.toString(), StandardCharsets.UTF_8);
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
