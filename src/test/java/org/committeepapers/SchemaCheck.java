package org.committeepapers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeepapers.load.JsonSchemas;

/**
 * Validates source files against the JSON Schemas {@code papers schema} writes, as an editor does: the schema
 * is chosen by the file's place in the content folder (the same globs {@code init} writes into the editor
 * settings), and the YAML is read as YAML 1.2.
 */
public final class SchemaCheck {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Map<String, byte[]> schemas;

    private SchemaCheck() {
    }

    /** This version's schemas by file name, learnt once per test JVM. */
    public static synchronized Map<String, byte[]> schemas() {
        if (schemas == null) {
            try {
                schemas = JsonSchemas.ofThisVersion();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    /** The schema ("paper", "proposal-business-case-2024", …) an editor applies to {@code file}, or null for none. */
    public static String schemaFor(Path relative, String text) {
        String name = relative.getFileName().toString();
        String parent = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        if (relative.getNameCount() == 1) {
            return name.equals("site.yaml") ? "site" : null;
        }
        if (parent.equals("packs") && relative.getNameCount() == 2 && name.endsWith(".yaml")) {
            return "pack";
        }
        if (parent.equals("meetings") && name.equals("meeting.yaml")) {
            return "meeting";
        }
        if (parent.equals("papers") && name.equals("paper.yaml")) {
            return "paper";
        }
        if (parent.equals("papers") && name.endsWith(".md") && relative.getNameCount() == 3) {
            JsonNode template = read(frontMatter(text)).get("template");
            return "proposal-" + (template == null ? "business-case-2024" : template.asText());
        }
        return null;
    }

    /** The YAML an editor validates: the whole file, or a business case's front matter. */
    public static String yamlOf(Path relative, String text) {
        return relative.getFileName().toString().endsWith(".md") ? frontMatter(text) : text;
    }

    /** The messages of validating {@code yaml} against the schema {@code name}; empty when it is valid. */
    public static Set<String> errors(String name, String yaml) {
        byte[] bytes = schemas().get(name + ".schema.json");
        if (bytes == null) {
            throw new AssertionError("no schema " + name + " in " + schemas().keySet());
        }
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ByteArrayInputStream(bytes));
        return schema.validate(read(yaml)).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** The errors of the file at {@code relative} (to the content folder) holding {@code text}; empty when none applies. */
    public static Set<String> errorsOf(Path relative, String text) {
        String schema = schemaFor(relative, text);
        return schema == null ? Set.of() : errors(schema, yamlOf(relative, text));
    }

    private static String frontMatter(String text) {
        int end = text.indexOf("\n---", 3);
        return text.startsWith("---") && end > 0 ? text.substring(3, end) : "";
    }

    /**
     * YAML as an editor reads it (YAML 1.2): Jackson's parser follows YAML 1.1, where an unquoted Yes or No is
     * a boolean; here only true and false are, as in the editor and in the build.
     */
    static JsonNode read(String yaml) {
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            return parser.nextToken() == null ? JsonNodeFactory.instance.nullNode() : read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                var object = nodes.objectNode();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                var array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
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
}
