package org.committeepapers.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.committeepapers.TestContent;
import org.committeepapers.model.Site;
import org.committeepapers.problem.Problem;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads that share a {@link ParseMemory} (the preview's, between saves) parse only the files whose text
 * changed, and yield exactly what a fresh load does: the same site, every position included, and the same
 * problems, on every load.
 */
class ParseMemoryTest {
    private static final String PROPOSAL = TestContent.PAPER + "reablement.md";
    private static final String REPORT = "meetings/adults-and-health-2024-01-18/winter-pressures.md";

    @TempDir
    Path temp;

    private final PdfMemory pdfs = new PdfMemory();

    @Test
    void aSecondLoadParsesOnlyTheFileThatChangedAndYieldsWhatAFreshLoadDoes() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        // Without the illustrative draft, whose "TBC" warning has its case read again on every load (see below).
        org.committeepapers.publish.FileTrees.deleteTree(content.root().resolve("papers").resolve(TestContent.DRAFT_SLUG));
        ParseMemory memory = new ParseMemory();
        Loaded first = load(content, memory);
        assertEquals(List.of(), first.problems());
        same(load(content, null), first, "a load keeping its parses yields what one without does");
        Map<Path, Long> parsed = parses(content, memory);
        assertTrue(parsed.values().stream().allMatch(n -> n > 0), "the first load parses every file: " + parsed);

        same(first, load(content, memory), "a second load");
        assertEquals(parsed, parses(content, memory), "nothing changed, nothing is parsed again");

        // A word of one case's text and a figure of a meeting's report change; nothing else.
        content.write(PROPOSAL, content.read(PROPOSAL).replaceFirst("\n([A-Z][a-z]+) ", "\n$1 also "));
        content.write(REPORT, content.read(REPORT) + "\nA line added at the end.\n");
        Loaded changed = load(content, memory);
        assertTrue(!first.site().equals(changed.site()), "the edits show in the site");
        same(load(content, null), changed, "the changed files are read as they are now");
        Map<Path, Long> after = parses(content, memory);
        for (Map.Entry<Path, Long> file : parsed.entrySet()) {
            boolean edited = file.getKey().equals(content.file(PROPOSAL)) || file.getKey().equals(content.file(REPORT));
            assertEquals(edited, after.get(file.getKey()) > file.getValue(), file.getKey() + " parsed again: " + edited);
        }

        // Undone, as an editor's undo does: the earlier text's parse is still there.
        Files.copy(TestContent.SHIPPED.resolve(PROPOSAL), content.file(PROPOSAL), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(TestContent.SHIPPED.resolve(REPORT), content.file(REPORT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        same(first, load(content, memory), "after an undo");
        assertEquals(after, parses(content, memory));
    }

    @Test
    void aParseThatReportedAProblemRunsAgainSoEveryLoadReportsIt() throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        // A placeholder (a warning) in one case's text, and a YAML mistake in another's front matter.
        content.write(PROPOSAL, content.read(PROPOSAL) + "\nTODO the rest of the case\n");
        String broken = TestContent.PAPER + "vacancy-factor.md";
        content.write(broken, content.read(broken).replaceFirst("\ntitle: ", "\ntitle: [unclosed "));
        ParseMemory memory = new ParseMemory();
        Loaded fresh = load(content, null);
        assertTrue(fresh.problems().stream().anyMatch(p -> p.contains("reablement.md") && p.contains("placeholder")),
                fresh.problems().toString());
        assertTrue(fresh.problems().stream().anyMatch(p -> p.contains("vacancy-factor.md") && p.contains("YAML")),
                fresh.problems().toString());
        for (int load = 1; load <= 3; load++) {
            long before = memory.parses(content.file(broken));
            same(fresh, load(content, memory), "load " + load);
            assertTrue(memory.parses(content.file(broken)) > before, "a parse that failed is not kept");
        }
    }

    /** Fails, showing where they part, unless the two loads yielded the same. */
    private static void same(Loaded expected, Loaded actual, String what) {
        assertEquals(expected.problems(), actual.problems(), what + ": the problems");
        if (!expected.site().equals(actual.site())) {
            int at = 0;
            while (at < Math.min(expected.site().length(), actual.site().length())
                    && expected.site().charAt(at) == actual.site().charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 300);
            throw new AssertionError(what + ": the sites differ after …" + expected.site().substring(from, at)
                    + "\n expected: " + expected.site().substring(at, Math.min(at + 200, expected.site().length()))
                    + "\n but was:  " + actual.site().substring(at, Math.min(at + 200, actual.site().length())));
        }
    }

    /** What a load yields, written out in full: the site (every record, list and position) and the problems. */
    private record Loaded(String site, List<String> problems) {
    }

    /** Loads and computes the content: what is kept must come out of compute as it went in. */
    private Loaded load(TestContent content, ParseMemory memory) {
        Problems problems = new Problems();
        Site site = new ContentLoader(null, true, pdfs, memory).load(content.root(), problems).orElseThrow();
        String written = written(site);
        org.committeepapers.compute.SiteCalculator.compute(site, new Problems());
        return new Loaded(written, problems.sorted().stream().map(ParseMemoryTest::problem).toList());
    }

    private static String problem(Problem p) {
        SourcePosition at = p.position();
        return p.severity() + " " + at.file().displayName() + ":" + at.line() + ":" + at.column() + " " + p.message()
                + " / " + p.hint();
    }

    /** A value written out by its parts, so that two loads' sites compare part by part (arrays by content too). */
    private static String written(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "bytes(" + bytes.length + "," + Arrays.hashCode(bytes) + ")";
        }
        if (value instanceof SourceFile file) {
            return file.displayName() + "(" + file.text().hashCode() + ")";
        }
        if (value instanceof Iterable<?> items) {
            StringBuilder out = new StringBuilder("[");
            items.forEach(item -> out.append(written(item)).append(", "));
            return out.append("]").toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> written(e.getKey()) + "=" + written(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append("(");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    out.append(component.getName()).append("=").append(written(component.getAccessor().invoke(record)))
                            .append(", ");
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return out.append(")").toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    /** How often each source file was parsed so far. */
    private static Map<Path, Long> parses(TestContent content, ParseMemory memory) throws IOException {
        try (Stream<Path> files = Files.walk(content.root())) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md"))
                    .collect(Collectors.toMap(p -> p, memory::parses, (a, b) -> a, TreeMap::new));
        }
    }
}
