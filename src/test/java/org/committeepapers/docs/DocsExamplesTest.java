package org.committeepapers.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.committeepapers.Cli;
import org.committeepapers.SchemaCheck;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML example in README.md and docs/ is built: each is placed into a fresh copy of the shipped content
 * as its marker says (see {@link DocExample}) and {@code papers check} must pass. So an example with a
 * misspelt key, a wrong choice, a figure that does not add up or a name that does not exist fails here, at
 * the line of the document that shows it. {@code -Ddocs.only=REGEX} runs only the examples whose
 * {@code doc:line} matches.
 */
class DocsExamplesTest {
    static final Path DOCS = Path.of("docs");

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(DOCS)) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static List<DocExample> examples() throws IOException {
        List<DocExample> all = new ArrayList<>();
        for (Path doc : documents()) {
            all.addAll(DocExample.in(doc));
        }
        return all;
    }

    @Test
    void theDocsHoldEnoughExamplesToMatter() throws IOException {
        List<DocExample> all = examples();
        assertTrue(all.size() >= 8, "examples found: " + all);
        assertTrue(all.stream().anyMatch(e -> e.mode().equals("merge")) && all.stream().anyMatch(e -> e.mode().equals("new"))
                && all.stream().anyMatch(e -> e.mode().equals("replace")), "every mode is used: " + all);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleBuilds() throws IOException {
        String only = System.getProperty("docs.only", ".*");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            List<DocExample> examples;
            try {
                examples = DocExample.in(doc);
            } catch (AssertionError unmarked) {
                tests.add(DynamicTest.dynamicTest(doc + " marks every example", () -> {
                    throw unmarked;
                }));
                continue;
            }
            examples.stream().filter(e -> e.where().matches(only))
                    .forEach(e -> tests.add(DynamicTest.dynamicTest(e.toString(), () -> assertBuilds(e))));
        }
        return tests.stream();
    }

    /**
     * Every example also satisfies the JSON Schemas the editor uses ({@code papers schema}): the file as the
     * example leaves it is validated, so an editor never flags what the docs teach.
     */
    @TestFactory
    Stream<DynamicTest> everyExampleMatchesTheSchemas() throws IOException {
        String only = System.getProperty("docs.only", ".*");
        List<DynamicTest> tests = new ArrayList<>();
        for (DocExample example : examples()) {
            if (!example.mode().equals("template") && example.where().matches(only)) {
                tests.add(DynamicTest.dynamicTest(example.toString(), () -> {
                    Path file = Path.of(example.file());
                    String text = placed(example);
                    assertTrue(SchemaCheck.schemaFor(file, text) != null, example + ": no schema applies to " + file);
                    assertEquals(java.util.Set.of(), SchemaCheck.errorsOf(file, text), example.where()
                            + ": the editor's JSON Schema flags this example (" + example.mode() + " " + file + ")");
                }));
            }
        }
        assertTrue(tests.size() >= 8 || !only.equals(".*"), "examples checked: " + tests.size());
        return tests.stream();
    }

    /** The text of the example's file once the example is placed into the shipped content. */
    private static String placed(DocExample example) {
        if (!example.mode().equals("merge")) {
            return example.text();
        }
        String shipped;
        try {
            shipped = Files.readString(TestContent.SHIPPED.resolve(example.file()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (!example.file().endsWith(".md")) {
            return YamlMerge.merge(shipped, example.text());
        }
        String[] parts = frontMatter(shipped, example);
        return "---\n" + YamlMerge.merge(parts[0], example.text()) + "---\n" + parts[1];
    }

    private static void assertBuilds(DocExample example) throws IOException {
        Path temp = Files.createTempDirectory("doc-example");
        try {
            TestContent content = TestContent.copyOfShipped(temp);
            Path templates = temp.resolve("templates");
            Files.createDirectories(templates);
            if (example.mode().equals("template")) {
                Files.writeString(templates.resolve(example.file()), example.text());
            } else {
                place(example, content);
            }
            Cli check = Cli.run("check", "--content", content.root().toString(), "--templates", templates.toString());
            String lines = example.mode().matches("merge|template") ? ""
                    : " (line N of " + example.file() + " is line " + example.line() + "+N-1 of the document)";
            assertEquals(0, check.exitCode(), example.where() + ": this example (" + example.mode() + " "
                    + example.file() + ") does not pass 'papers check'" + lines + ":\n" + check.err());
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Puts the example into the copy of the content as its marker says. */
    static void place(DocExample example, TestContent content) {
        String file = example.file();
        boolean exists = Files.exists(content.file(file));
        switch (example.mode()) {
            case "merge" -> {
                assertTrue(exists, example.where() + ": merge into " + file + ", which the shipped content lacks");
                if (file.endsWith(".md")) {
                    String[] parts = frontMatter(content.read(file), example);
                    content.write(file, "---\n" + YamlMerge.merge(parts[0], example.text()) + "---\n" + parts[1]);
                } else {
                    content.write(file, YamlMerge.merge(content.read(file), example.text()));
                }
            }
            case "replace" -> {
                assertTrue(exists, example.where() + ": replaces " + file + ", which the shipped content lacks");
                content.write(file, example.text());
            }
            default -> {
                assertTrue(!exists, example.where() + ": new file " + file + " is already in the shipped content");
                content.write(file, example.text());
                Path path = Path.of(file);
                if (file.endsWith(".md") && path.getNameCount() == 3 && path.getName(0).toString().equals("papers")) {
                    String paper = "papers/" + path.getName(1) + "/paper.yaml";
                    String name = path.getFileName().toString().replaceFirst("\\.md$", "");
                    content.write(paper, YamlMerge.append(content.read(paper), "proposals", name));
                }
            }
        }
    }

    private static String[] frontMatter(String text, DocExample example) {
        int end = text.indexOf("\n---\n", 3);
        assertTrue(text.startsWith("---\n") && end > 0, example.where() + ": " + example.file() + " has no front matter");
        return new String[] {text.substring(4, end + 1), text.substring(end + 5)};
    }
}
