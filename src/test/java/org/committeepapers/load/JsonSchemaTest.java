package org.committeepapers.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.committeepapers.Cli;
import org.committeepapers.SchemaCheck;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schemas {@code papers schema} writes for editors, learnt from the binder as it reads the example
 * content the tool ships and its schema lessons: they accept every shipped source file, they give every key its
 * shape (none is left as "any value" for want of an example), and they catch the mistakes the build catches
 * (an unknown key, a missing required key, a wrong choice, a wrong shape). They are not published with the site.
 */
class JsonSchemaTest {
    /** The files that teach the schemas what the example never writes (categories, exempt, …). */
    static final Path LESSONS = Path.of("src/main/resources/org/committeepapers/schema-lessons");
    private static Map<String, byte[]> schemas;

    @BeforeAll
    static void learn() {
        schemas = SchemaCheck.schemas();
    }

    private static Set<String> errors(String schema, String yaml) {
        return SchemaCheck.errors(schema, yaml);
    }

    /** Validates every source file under {@code content}; returns how many were checked. */
    private static int assertAllValid(Path content) throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(yaml|md)")).sorted().toList()) {
                Path relative = content.relativize(file);
                String text = Files.readString(file);
                if (SchemaCheck.schemaFor(relative, text) != null) {
                    assertEquals(Set.of(), SchemaCheck.errorsOf(relative, text), file.toString());
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void everyShippedSourceFileIsValid() throws IOException {
        int checked = assertAllValid(TestContent.SHIPPED);
        assertTrue(checked > 30, "site, papers, meetings, pack and every proposal: " + checked);
    }

    @Test
    void theLessonsPassTheBuildsCheckAndTheSchemas() throws IOException {
        Cli check = Cli.run("check", "--content", LESSONS.toString());
        assertEquals(0, check.exitCode(), check.all());
        assertFalse(check.err().contains("warning"), "the lessons teach nothing the build warns about: " + check.err());
        assertEquals(9, assertAllValid(LESSONS), "site, three papers and their cases, meeting and pack");
    }

    @Test
    void keysTheExampleNeverWritesHaveTheirShape() throws IOException {
        JsonNode site = json("site").get("properties");
        JsonNode paper = json("paper").get("properties");
        JsonNode meeting = json("meeting").get("properties");
        Map<String, JsonNode> keys = new java.util.LinkedHashMap<>();
        keys.put("site categories", site.get("categories"));
        keys.put("site not_costed_markers", site.get("not_costed_markers"));
        keys.put("paper corrections", paper.get("corrections"));
        keys.put("paper expect", paper.get("expect"));
        keys.put("paper exempt", paper.get("exempt"));
        keys.put("agenda item exempt", meeting.at("/items/items/properties/exempt"));
        keys.put("supplement item exempt", meeting.at("/supplements/items/properties/items/items/properties/exempt"));
        keys.put("pack section exempt", json("pack").at("/properties/committees/items/properties/sections/items/properties/exempt"));
        keys.put("a savings schedule's corrections", json("proposal-savings-schedule").at("/properties/corrections"));
        keys.put("a project brief's expect", json("proposal-project-brief-2018").at("/properties/expect"));
        keys.forEach((name, schema) -> assertTrue(schema.has("type") || schema.has("anyOf"), name + " is open: " + schema));
        assertEquals(7, paper.at("/exempt/properties/paragraph/maximum").asInt(), "paragraphs 1 to 7 of Schedule 12A");
        assertTrue(paper.at("/proposals/anyOf/0/items/anyOf/0/properties").has("case"),
                "a case may be listed as { case: …, exempt: … }: " + paper.get("proposals"));
        assertTrue(paper.get("corrections").at("/items/required").toString().contains("reason"), paper.get("corrections").toString());
    }

    /**
     * Each change to the lessons is a mistake: the schema must flag it and {@code papers check} refuse it, so
     * the editor warns of what the build would stop on. The last ones are right, and both must accept them.
     */
    @Test
    void wrongShapesAreCaughtByTheSchemaAndTheBuildAlike(@TempDir Path temp) throws IOException {
        String site = "site.yaml";
        String paper = "papers/lessons/paper.yaml";
        String meeting = "meetings/cabinet-2025-01-16/meeting.yaml";
        String pack = "packs/lessons.yaml";
        List<String[]> wrong = List.of(
                new String[] {site, "sign: negative", "sign: negatve"},
                new String[] {site, "- { name: Savings, sign: negative, aliases: [Saving] }", "- { sign: negative }"},
                new String[] {site, "not_costed_markers: [TBC, n/a]", "not_costed_markers: { TBC: yes }"},
                new String[] {paper, ", reason: a transposition in the printed draft", ""},
                new String[] {paper, "printed: -150", "printed: minus 150"},
                new String[] {paper, "summary.total: -100", "summary.total: { value: -100 }"},
                new String[] {paper, "exempt: { paragraph: 3 }\n", "exempt: { paragraph: 8 }\n"},
                new String[] {paper, "exempt: { paragraph: 3 }\n", "exempt: 3\n"},
                new String[] {paper, "{ case: land-sale,", "{ cse: land-sale,"},
                new String[] {paper, "exempt: { paragraph: 3 } }", "exempt: { paragraf: 3 } }"},
                new String[] {meeting, "appendices: [lessons]\n    exempt: { paragraph: 3 }", "appendices: [lessons]\n    exempt: yes"},
                new String[] {meeting, "decision: Agreed.\n        exempt: { paragraph: 3 }", "decision: Agreed.\n        exempt: { paragraph: 0 }"},
                new String[] {pack, "exempt: { paragraph: 3 }", "exempt: [3]"});
        List<String[]> right = List.of(
                new String[] {paper, "- { case: land-sale, exempt: { paragraph: 3 } }", "- land-sale"},
                new String[] {paper, "proposals:\n  - { case: land-sale, exempt: { paragraph: 3 } }", "proposals: land-sale"},
                new String[] {site, "not_costed_markers: [TBC, n/a]", "not_costed_markers: TBC"},
                new String[] {paper, "exempt: { paragraph: 3 }\n", "exempt: { paragraph: 7 }\n"});
        assertCaughtAlike(temp, wrong, right);
    }

    /**
     * The keys the schemas once left as any value (read by hand, or never written by the example): a wrong
     * value in each is flagged by the schema as by the build, and a right one passes both.
     */
    @Test
    void valuesOnceLeftOpenAreCaughtByTheSchemaAndTheBuildAlike(@TempDir Path temp) throws IOException {
        String site = "site.yaml";
        String meeting = "meetings/cabinet-2025-01-16/meeting.yaml";
        String brief = "papers/lessons-briefs/brief.md";
        String schedule = "papers/lessons-schedules/schedule.md";
        String business = "papers/lessons/land-sale.md";
        String markers = "not_costed_markers: [TBC, n/a]";
        String format = "format: { decimals: 0, round: nearest, nil: \"-\" }";
        List<String[]> wrong = List.of(
                new String[] {site, markers, markers + "\nformat: { savings_shown_as: sideways }"},
                new String[] {site, markers, markers + "\naccessibility: { non_accessible: [{ page: minutes }] }"},
                new String[] {meeting, "venue: Council Chamber", "venue: Council Chamber\nintroduction: [1, 2]"},
                new String[] {meeting, "decision: Agreed.\n", "decision: Agreed.\n        appendices: { paper: lessons }\n"},
                new String[] {schedule, format, format.replace("decimals: 0", "decimals: two")},
                new String[] {schedule, format, format.replace("decimals: 0", "decimals: 7")},
                new String[] {schedule, format, format.replace("nearest", "sideways")},
                new String[] {schedule, format, format.replace("nil: \"-\"", "nil: [\"-\"]")},
                new String[] {schedule, "[Winter, -10000]", "[Winter, { amount: -10000 }]"},
                new String[] {schedule, "{ id: autumn, cells", "{ id: autumn, unit: counts, cells"},
                new String[] {schedule, "derive: autumn - spring, type: money", "derive: autumn - spring, type: pounds"},
                new String[] {schedule, "derive: autumn - spring", "derive: autumn - spring, start: { value: 1 }"},
                new String[] {schedule, "- id: first-year", "- id: [first-year]"},
                new String[] {schedule, "amount: { figure: savings.total.amount, round: nearest }", "amount: [savings.total.amount]"},
                new String[] {brief, "saving: -100\n", "saving: -100\namount: { total: saving }\n"},
                new String[] {brief, "  amount: -100", "  amount: { value: -100 }"},
                new String[] {business, "2025-26: -100 }", "2025-26: [-100] }"},
                new String[] {business, "2025-26: -100 }", "2025-26: { value: -100 } }"});
        List<String[]> right = List.of(
                new String[] {site, markers, markers + "\nformat: { savings_shown_as: Positive }"},
                new String[] {meeting, "venue: Council Chamber", "venue: Council Chamber\nintroduction: The agenda."},
                new String[] {schedule, format, format.replace("decimals: 0", "decimals: 6")},
                new String[] {schedule, "[Winter, -10000]", "[Winter, null]"},
                new String[] {brief, "saving: -100\n", "saving: -100\namount: saving\n"},
                new String[] {brief, "saving: -100\n", "saving: -100\namount: { figure: saving, round: nearest }\n"},
                new String[] {schedule, "amount: { figure: savings.total.amount, round: nearest }", "amount: savings.total.amount"},
                new String[] {business, "2025-26: -100 }", "2025-26: -100, 2026-27: TBC }"});
        assertCaughtAlike(temp, wrong, right);
    }

    /**
     * Applies each change (file, text, replacement) to its own copy of the lessons: the schema must flag each of
     * {@code wrong} and {@code papers check} refuse it, and both accept each of {@code right}.
     */
    private static void assertCaughtAlike(Path temp, List<String[]> wrong, List<String[]> right) throws IOException {
        int n = 0;
        for (String[] change : Stream.concat(wrong.stream(), right.stream()).toList()) {
            boolean mistake = n++ < wrong.size();
            Path content = temp.resolve("case-" + n);
            TestContent.copyTree(LESSONS, content);
            Path file = content.resolve(change[0]);
            String text = Files.readString(file);
            assertTrue(text.contains(change[1]), change[0] + " holds " + change[1]);
            String changed = text.replace(change[1], change[2]);
            Files.writeString(file, changed);
            String what = change[0] + ": '" + change[1] + "' -> '" + change[2] + "'";
            Set<String> flagged = SchemaCheck.errorsOf(Path.of(change[0]), changed);
            Cli check = Cli.run("check", "--content", content.toString());
            assertEquals(mistake, !flagged.isEmpty(), what + ": the schema says " + flagged);
            assertEquals(mistake ? 1 : 0, check.exitCode(), what + ": the build says " + check.all());
        }
    }

    /**
     * Values a schema may leave to any shape, by schema and path (as {@link #openValues} names them), each with
     * the reason, which the schema must also give in a description. Empty: every value the build reads has the
     * shape its reader declares, or that the example or a lesson shows.
     */
    private static final Map<String, String> OPEN_BY_DESIGN = Map.of();

    /** What an open value's schema may hold: words for a person, nothing an editor checks. */
    private static final Set<String> WORDS_ONLY = Set.of("description", "markdownDescription", "title");

    @Test
    void noValueInAnySchemaIsLeftAsAnyValue() throws IOException {
        Map<String, JsonNode> open = new java.util.LinkedHashMap<>();
        for (String file : schemas.keySet()) {
            openValues(file.replace(".schema.json", ""), json(file.replace(".schema.json", "")), open);
        }
        List<String> unexplained = open.keySet().stream().filter(path -> !OPEN_BY_DESIGN.containsKey(path)).toList();
        assertEquals(List.of(), unexplained, "values an editor accepts whatever they hold, though the build checks them");
        OPEN_BY_DESIGN.keySet().forEach(path -> {
            assertTrue(open.containsKey(path), path + " is allowed to be open but no longer is: drop it from the list");
            assertTrue(open.get(path).has("description"), path + " must say in its description why it is open");
        });
        // The walk itself finds what it looks for: an open key, an open list item, an empty mapping, any keys.
        Map<String, JsonNode> found = new java.util.LinkedHashMap<>();
        openValues("s", new ObjectMapper().readTree("{\"properties\": {\"a\": {\"description\": \"x\"}, "
                + "\"b\": {\"type\": \"array\", \"items\": {}}, \"c\": {\"type\": \"object\", \"properties\": {}}, "
                + "\"d\": {\"anyOf\": [{\"type\": \"object\"}, {\"type\": \"null\"}]}}}"), found);
        assertEquals(List.of("s.a", "s.b[]", "s.c (an empty 'properties')", "s.c (a mapping of any keys)",
                "s.d|0 (a mapping of any keys)"), List.copyOf(found.keySet()));
    }

    /** Adds to {@code open} every value under {@code node} whose schema checks nothing, by its path. */
    static void openValues(String path, JsonNode node, Map<String, JsonNode> open) {
        if (!node.isObject()) {
            return;
        }
        for (String container : List.of("properties", "patternProperties")) {
            JsonNode children = node.get(container);
            if (children != null && children.isEmpty()) {
                open.put(path + " (an empty '" + container + "')", node);
            }
            if (children != null) {
                children.fields().forEachRemaining(e -> visit(path + "." + e.getKey(), e.getValue(), open));
            }
        }
        if (node.has("items")) {
            visit(path + "[]", node.get("items"), open);
        }
        JsonNode anyOf = node.path("anyOf");
        for (int i = 0; i < anyOf.size(); i++) {
            visit(path + "|" + i, anyOf.get(i), open);
        }
        if ("object".equals(node.path("type").asText()) && !node.path("additionalProperties").isBoolean()) {
            open.put(path + " (a mapping of any keys)", node);
        }
    }

    private static void visit(String path, JsonNode value, Map<String, JsonNode> open) {
        List<String> keys = new java.util.ArrayList<>();
        value.fieldNames().forEachRemaining(keys::add);
        if (WORDS_ONLY.containsAll(keys)) {
            open.put(path, value);
        }
        openValues(path, value, open);
    }

    private static JsonNode json(String schema) throws IOException {
        return new ObjectMapper().readTree(schemas.get(schema + ".schema.json"));
    }

    @Test
    void unknownKeyMissingKeyAndWrongChoiceAreCaught() throws IOException {
        String paper = Files.readString(TestContent.SHIPPED.resolve(TestContent.PAPER + "paper.yaml"));
        assertTrue(errors("paper", paper.replace("\ntitle:", "\ntitel:")).stream()
                .anyMatch(e -> e.contains("titel")), "the misspelt key is named");
        assertTrue(errors("paper", paper.replace("\ntitle:", "\n# title:")).stream()
                .anyMatch(e -> e.contains("title")), "a missing required key is named");
        Path reablement = Path.of(TestContent.PAPER + "reablement.md");
        String proposal = Files.readString(TestContent.SHIPPED.resolve(reablement));
        assertEquals("proposal-business-case-2024", SchemaCheck.schemaFor(reablement, proposal));
        Set<String> wrong = SchemaCheck.errorsOf(reablement, proposal.replaceFirst("category: \\w+", "category: Savigns"));
        assertTrue(wrong.stream().anyMatch(e -> e.contains("category")), wrong.toString());
    }

    @Test
    void oneSchemaPerKindOfFileWrittenBeforeAnyBuildAndNeverPublished(@TempDir Path temp) throws Exception {
        List<String> names = List.of("meeting.schema.json", "pack.schema.json", "paper.schema.json",
                "proposal-business-case-2022.schema.json", "proposal-business-case-2024.schema.json",
                "proposal-project-brief-2018.schema.json", "proposal-savings-schedule.schema.json", "site.schema.json");
        assertEquals(names, List.copyOf(schemas.keySet()));
        Cli written = Cli.run("schema", "--out", temp.resolve("schemas").toString());
        assertEquals(0, written.exitCode(), written.all());
        try (Stream<Path> files = Files.list(temp.resolve("schemas"))) {
            assertEquals(names, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(new String(schemas.get("paper.schema.json"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("schemas/paper.schema.json")), "the same bytes every time");
        assertTrue(Files.readString(temp.resolve("schemas/paper.schema.json")).contains("\"draft\""),
                "draft: is known to the editor");
        assertTrue(TestContent.shippedSite().files().keySet().stream().noneMatch(p -> p.startsWith("schema/")),
                "schemas belong to the tool's version, not to the published site");
    }
}
