package org.committeepapers.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Map;
import org.committeepapers.Cli;
import org.committeepapers.TestContent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas {@code papers schema} writes for editors, learnt from the binder as it reads the example
 * content the tool ships: they accept every shipped source file, and they catch the mistakes the build catches
 * (an unknown key, a missing required key, a wrong choice). They are not published with the site.
 */
class JsonSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Map<String, byte[]> schemas;

    @BeforeAll
    static void learn() throws Exception {
        schemas = JsonSchemas.ofThisVersion();
    }

    private static JsonSchema schema(String name) {
        byte[] bytes = schemas.get(name + ".schema.json");
        assertTrue(bytes != null, "no schema " + name + " in " + schemas.keySet());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ByteArrayInputStream(bytes));
    }

    private static Set<String> errors(String schema, String yaml) throws IOException {
        JsonNode document = yaml12(yaml);
        return schema(schema).validate(document).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /**
     * YAML as an editor reads it (YAML 1.2): Jackson's parser follows YAML 1.1, where an unquoted Yes or No is
     * a boolean; here only true and false are, as in the editor and in the build.
     */
    private static JsonNode yaml12(String yaml) throws IOException {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            parser.nextToken();
            return read(parser);
        }
    }

    private static JsonNode read(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                var object = nodes.objectNode();
                while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                var array = nodes.arrayNode();
                while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = parser.getText();
                return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                        ? nodes.booleanNode(Boolean.parseBoolean(text)) : nodes.textNode(text);
            }
            default -> {
                return YAML.readTree(parser);
            }
        }
    }

    /** The front matter of a proposal file, and the schema for its template. */
    private static String[] frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        String yaml = text.substring(text.indexOf("---") + 3, text.indexOf("\n---", 3));
        JsonNode template = YAML.readTree(yaml).get("template");
        return new String[] {"proposal-" + (template == null ? "business-case-2024" : template.asText()), yaml};
    }

    @Test
    void everyShippedSourceFileIsValid() throws IOException {
        Path content = TestContent.SHIPPED;
        int checked = 0;
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String schema = name.equals("site.yaml") ? "site" : name.equals("paper.yaml") ? "paper"
                        : name.equals("meeting.yaml") ? "meeting" : file.getParent().getFileName().toString().equals("packs")
                        ? "pack" : null;
                String yaml = schema == null ? null : Files.readString(file);
                if (schema == null && name.endsWith(".md") && file.startsWith(content.resolve("papers"))) {
                    String[] split = frontMatter(file);
                    schema = split[0];
                    yaml = split[1];
                }
                if (schema != null) {
                    assertEquals(Set.of(), errors(schema, yaml), file.toString());
                    checked++;
                }
            }
        }
        assertTrue(checked > 30, "site, papers, meetings, pack and every proposal: " + checked);
    }

    @Test
    void unknownKeyMissingKeyAndWrongChoiceAreCaught() throws IOException {
        String paper = Files.readString(TestContent.SHIPPED.resolve(TestContent.PAPER + "paper.yaml"));
        assertTrue(errors("paper", paper.replace("\ntitle:", "\ntitel:")).stream()
                .anyMatch(e -> e.contains("titel")), "the misspelt key is named");
        assertTrue(errors("paper", paper.replace("\ntitle:", "\n# title:")).stream()
                .anyMatch(e -> e.contains("title")), "a missing required key is named");
        String[] proposal = frontMatter(TestContent.SHIPPED.resolve(TestContent.PAPER + "reablement.md"));
        assertEquals("proposal-business-case-2024", proposal[0]);
        Set<String> wrong = errors(proposal[0], proposal[1].replaceFirst("category: \\w+", "category: Savigns"));
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
        assertEquals(new String(schemas.get("paper.schema.json"), java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(temp.resolve("schemas/paper.schema.json")), "the same bytes every time");
        assertTrue(Files.readString(temp.resolve("schemas/paper.schema.json")).contains("\"draft\""),
                "draft: is known to the editor");
        assertTrue(TestContent.shippedSite().files().keySet().stream().noneMatch(p -> p.startsWith("schema/")),
                "schemas belong to the tool's version, not to the published site");
    }
}
