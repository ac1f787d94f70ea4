package org.committeepapers.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes what a {@link SchemaRecorder} learnt as JSON Schema (draft-07, which editors' YAML support reads):
 * one file per kind of source file, e.g. {@code paper.schema.json}, {@code proposal-business-case-2024.schema.json}.
 *
 * <p>Text keys accept any scalar, as the build does; numbers accept null (an empty cell); whole numbers (an
 * item, a paragraph) are integers within the reader's bounds; an optional choice or whole number also accepts
 * null (the key left out); a key the build reads as a list also accepts one item alone where the build does
 * (not a table row's cells); a figure in a finance year may also be a not-costed word. Mappings the recorder never saw
 * are left open: the readers' declarations and the schema lessons (bundled beside the example) show the
 * recorder every key the example does not use, so none the build reads is left so.
 */
public final class JsonSchemas {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> FILE_NAMES = new java.util.TreeMap<>(Map.of(
            "site.yaml", "site", "paper.yaml", "paper", "meeting.yaml", "meeting", "a pack", "pack"));

    private JsonSchemas() {
    }

    /**
     * The schemas of this version of the tool, learnt by reading the example content it ships (every kind of
     * file and business-case format) and then its schema lessons: the same for every site, and ready before
     * any build.
     */
    public static Map<String, byte[]> ofThisVersion() throws java.io.IOException {
        SchemaRecorder recorder = new SchemaRecorder();
        // The lessons teach what the example never writes (categories, a paper's corrections, exempt, …).
        for (String content : new String[] {Bundled.EXAMPLE, Bundled.SCHEMA_LESSONS}) {
            Bundled.open(content + "/site.yaml",
                    folder -> new ContentLoader(recorder).load(folder, new org.committeepapers.problem.Problems()));
        }
        return write(recorder);
    }

    /** Schema files by name, in a fixed order. */
    public static Map<String, byte[]> write(SchemaRecorder recorder) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        for (Map.Entry<String, SchemaRecorder.Shape> root : recorder.roots().entrySet()) {
            String name = FILE_NAMES.get(root.getKey());
            if (name == null && root.getKey().startsWith("proposal ")) {
                name = "proposal-" + root.getKey().substring("proposal ".length());
            }
            if (name == null) {
                continue;
            }
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.setAll(object(root.getValue()));
            schema.put("title", title(root.getKey()));
            try {
                files.put(name + ".schema.json", (JSON.writeValueAsString(schema) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    private static String title(String root) {
        return root.startsWith("proposal ") ? "Front matter of a business case in the " + root.substring(9) + " format"
                : root.equals("a pack") ? "A pack (content/packs/*.yaml)" : root;
    }

    private static ObjectNode object(SchemaRecorder.Shape shape) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "object");
        if (shape.instances == 0) { // declared but never read: its keys are unknown, so any are accepted
            return node;
        }
        ObjectNode properties = JSON.createObjectNode();
        if (!shape.keys.isEmpty()) { // a mapping whose keys are all data (expect:) has none
            node.set("properties", properties);
        }
        ArrayNode required = JSON.createArrayNode();
        for (Map.Entry<String, SchemaRecorder.Key> key : shape.keys.entrySet()) {
            properties.set(key.getKey(), value(key.getValue()));
            if (key.getValue().requiredBy.size() == shape.instances && shape.instances > 0) {
                required.add(key.getKey());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        if (shape.dataKeyPattern != null) {
            node.putObject("patternProperties").set(shape.dataKeyPattern, value(shape.dataValue));
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode value(SchemaRecorder.Key key) {
        Map<String, ObjectNode> options = new LinkedHashMap<>();
        if (key.object != null) {
            options.put("object", object(key.object));
        } else if (key.types.contains("object")) {
            options.put("object", JSON.createObjectNode().put("type", "object"));
        }
        ObjectNode scalar = scalar(key);
        if (scalar != null) {
            options.put("scalar", scalar);
        }
        if (key.types.contains("list")) {
            ObjectNode items = key.items == null ? JSON.createObjectNode() : value(key.items);
            ObjectNode array = JSON.createObjectNode().put("type", "array");
            array.set("items", items);
            options.put("list", array);
            if (scalar == null && key.items != null && key.loneItem) { // one item may be written without the list
                boolean onlyScalars = key.items.object == null && !key.items.types.contains("object")
                        && !key.items.types.contains("list");
                ObjectNode one = onlyScalars ? items : scalar(key.items);
                if (one != null) {
                    options.put("scalar", one);
                }
            }
        }
        ObjectNode schema = options.size() == 1 ? options.values().iterator().next() : JSON.createObjectNode();
        if (options.size() > 1) {
            ArrayNode any = schema.putArray("anyOf");
            options.values().forEach(any::add);
        }
        if (key.example != null) {
            schema.put("description", "For example: " + key.example);
        }
        return schema;
    }

    /** {@code choice} as a regular expression matching it in any case: "No" gives "[Nn][Oo]". */
    private static String anyCase(String choice) {
        StringBuilder out = new StringBuilder();
        for (char c : choice.toCharArray()) {
            if (Character.isLetter(c)) {
                out.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
            } else {
                out.append("\\^$.|?*+()[]{}/-".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /** The schema of a scalar value, or null when the key was never read as one. */
    private static ObjectNode scalar(SchemaRecorder.Key key) {
        ObjectNode node = JSON.createObjectNode();
        if (!key.choices.isEmpty()) {
            // The enum offers the choices for completion; the pattern accepts them in any case, as the build does.
            ArrayNode any = node.putArray("anyOf");
            ArrayNode values = any.addObject().putArray("enum");
            StringBuilder pattern = new StringBuilder();
            for (String choice : key.choices) {
                values.add(choice);
                // YAML reads true and false as booleans; the build takes them as the words.
                if (choice.equals("true") || choice.equals("false")) {
                    values.add(Boolean.parseBoolean(choice));
                }
                pattern.append(pattern.isEmpty() ? "" : "|").append(anyCase(choice));
            }
            any.addObject().put("type", "string").put("pattern", "^(" + pattern + ")$");
            if (key.nullable) {
                any.addObject().put("type", "null");
            }
            return node;
        }
        if (key.types.contains("whole number") && !key.types.contains("text")) {
            if (key.nullable) {
                node.putArray("type").add("integer").add("null");
            } else {
                node.put("type", "integer");
            }
            return node.put("minimum", key.minimum).put("maximum", key.maximum);
        }
        if (key.types.contains("date")) {
            return node.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        if (key.types.contains("number") && !key.types.contains("text")) {
            node.putArray("type").add("number").add("null");
            if (key.types.contains("marker")) { // the words are the site's own (not_costed_markers), not the tool's
                node.withArray("type").add("string");
                node.put("description", "A figure, null, or one of the words site.yaml allows for a figure not yet "
                        + "known (not_costed_markers, e.g. TBC)");
            }
            return node;
        }
        if (key.types.contains("text") || key.types.contains("number")) {
            node.putArray("type").add("string").add("number").add("boolean").add("null");
            return node;
        }
        return null;
    }
}
