package org.committeepapers.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes docs/reference.md, the reference of every key of every source file, from the JSON Schemas the tool
 * writes for editors. The schemas are learnt from the binder as it reads the example content, so this page
 * lists exactly the keys the build reads, how it reads each, and which it insists on; nobody edits it by hand.
 */
final class ReferenceDoc {
    static final String REGENERATE = "mvn -B -q -o test -Dtest=ReferenceDocTest -Ddocs.update=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of file, in the order a site is written, with where the guides explain them. */
    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("site", new String[] {"`content/site.yaml`", "officers-guide.md#siteyaml"});
        KINDS.put("paper", new String[] {"`content/papers/<paper>/paper.yaml`", "officers-guide.md#paperyaml"});
        KINDS.put("proposal-business-case-2024", new String[] {"a business case's front matter, `template: business-case-2024` (the default)",
            "officers-guide.md#a-business-case"});
        KINDS.put("proposal-business-case-2022", new String[] {"a business case's front matter, `template: business-case-2022`",
            "officers-guide.md#other-business-case-formats"});
        KINDS.put("proposal-project-brief-2018", new String[] {"a business case's front matter, `template: project-brief-2018`",
            "officers-guide.md#other-business-case-formats"});
        KINDS.put("proposal-savings-schedule", new String[] {"a business case's front matter, `template: savings-schedule`",
            "officers-guide.md#other-business-case-formats"});
        KINDS.put("meeting", new String[] {"`content/meetings/<meeting>/meeting.yaml`", "democratic-services.md#meetings-meetingyaml"});
        KINDS.put("pack", new String[] {"`content/packs/<pack>.yaml`", "democratic-services.md#packs-packspackyaml"});
    }

    private ReferenceDoc() {
    }

    /** The page for the schemas {@code files} (file name to JSON bytes), the same bytes for the same schemas. */
    static String markdown(Map<String, byte[]> files) {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        KINDS.keySet().forEach(kind -> {
            byte[] bytes = files.get(kind + ".schema.json");
            if (bytes != null) {
                schemas.put(kind, read(bytes));
            }
        });
        files.keySet().stream().sorted().map(f -> f.replace(".schema.json", ""))
                .filter(kind -> !schemas.containsKey(kind)).forEach(kind -> schemas.put(kind, read(files.get(kind + ".schema.json"))));
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the JSON Schemas by ReferenceDoc (src/test/java/org/committeepapers/docs). Do not edit:\n")
                .append("     regenerate with: ").append(REGENERATE).append(" -->\n\n")
                .append("# Reference: every key of the source files\n\n")
                .append("Every key the tool reads, file by file, generated from the JSON Schemas it writes for editors\n")
                .append("(`papers schema`). Those schemas are learnt from the tool itself as it reads its example content, so\n")
                .append("this page cannot drift from what a build accepts. How to read it:\n\n")
                .append("- `a.b` is key `b` inside the mapping `a`; `a[]` is each item of the list `a`; `<…>` is a key you choose:\n")
                .append("  `<year>` a financial year such as `2024-25`, `<table id>` small letters, digits and hyphens, `<figure>` a\n")
                .append("  figure's name such as `finance.total`.\n")
                .append("- **text** accepts any single value, as written; **number** is read from its digits as written (never\n")
                .append("  rounded through floating point), and may be left empty; **whole number** is 1, 2, 3 … up to the\n")
                .append("  limit given; **date** is year-month-day, e.g. `2024-01-18`; **one of** accepts the choices in any mix\n")
                .append("  of capitals.\n")
                .append("- **required** keys must be there; any key not listed is an error with a did-you-mean.\n")
                .append("- Every value has the shape the build reads it with; the guide linked under the file's heading\n")
                .append("  explains what each key means.\n\n");
        schemas.keySet().forEach(kind -> out.append("- [").append(title(kind, schemas.get(kind))).append("](#")
                .append(kind).append(")\n"));
        for (Map.Entry<String, JsonNode> schema : schemas.entrySet()) {
            String kind = schema.getKey();
            out.append("\n<a id=\"").append(kind).append("\"></a>\n\n## ").append(title(kind, schema.getValue())).append("\n\n");
            String[] known = KINDS.get(kind);
            if (known != null) {
                out.append("Explained in [").append(known[1].replaceFirst("#.*", "")).append("](").append(known[1]).append(").\n\n");
            }
            out.append("| key | value | |\n|---|---|---|\n");
            List<String[]> rows = new ArrayList<>();
            rowsOf("", schema.getValue(), rows);
            rows.forEach(r -> out.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n"));
        }
        return out.toString();
    }

    private static String title(String kind, JsonNode schema) {
        String[] known = KINDS.get(kind);
        return known != null ? known[0] : schema.path("title").asText(kind);
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per key of the mapping {@code object}, then the rows of its nested mappings and lists. */
    private static void rowsOf(String prefix, JsonNode object, List<String[]> rows) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> keys = object.path("properties").fields(); keys.hasNext();) {
            Map.Entry<String, JsonNode> key = keys.next();
            row(prefix + key.getKey(), key.getValue(), required.contains(key.getKey()), rows);
        }
        for (Iterator<Map.Entry<String, JsonNode>> keys = object.path("patternProperties").fields(); keys.hasNext();) {
            Map.Entry<String, JsonNode> key = keys.next();
            row(prefix + "<" + dataKey(key.getKey(), prefix) + ">", key.getValue(), false, rows);
        }
    }

    /** A name for keys that are data, e.g. {@code <year>}; the page's introduction says what each may be. */
    private static String dataKey(String pattern, String parent) {
        if (pattern.equals("^[0-9]{4}[-/][0-9]{2}$")) {
            return "year";
        }
        if (parent.endsWith("expect.")) {
            return "figure";
        }
        if (parent.endsWith("tables.") && pattern.equals("^[a-z0-9][a-z0-9-]*$")) {
            return "table id";
        }
        return "key matching " + pattern;
    }

    private static void row(String path, JsonNode value, boolean required, List<String[]> rows) {
        String note = required ? "required" : "";
        String example = value.path("description").asText("");
        if (example.startsWith("For example: ")) {
            String text = example.substring("For example: ".length());
            note += (note.isEmpty() ? "" : " · ") + "e.g. `" + text.replace("|", "\\|").replace("`", "'") + "`";
        }
        rows.add(new String[] {"`" + path + "`", describe(value), note});
        nested(path, value, rows);
    }

    /** The rows for what lies inside {@code value}: a mapping's keys, or each item's keys of a list of mappings. */
    private static void nested(String path, JsonNode value, List<String[]> rows) {
        for (JsonNode option : options(value)) {
            if (option.has("properties") || option.has("patternProperties")) {
                rowsOf(path + ".", option, rows);
            } else if ("array".equals(option.path("type").asText())) {
                JsonNode items = option.path("items");
                if (items.has("properties") || items.has("patternProperties")) {
                    rowsOf(path + "[].", items, rows);
                } else {
                    for (JsonNode itemOption : options(items)) {
                        if (itemOption.has("properties")) {
                            rowsOf(path + "[].", itemOption, rows);
                        }
                    }
                }
            }
        }
    }

    private static List<JsonNode> options(JsonNode value) {
        List<JsonNode> options = new ArrayList<>();
        if (value.has("anyOf") && !isChoice(value)) {
            value.get("anyOf").forEach(options::add);
        } else {
            options.add(value);
        }
        return options;
    }

    private static boolean isChoice(JsonNode value) {
        // The enum offers the choices, the pattern accepts them in any case; an optional one may also be empty.
        return value.has("anyOf") && value.get("anyOf").size() >= 2 && value.get("anyOf").get(0).has("enum");
    }

    /** What a value may be, in words. */
    static String describe(JsonNode value) {
        if (isChoice(value)) {
            List<String> choices = new ArrayList<>();
            value.get("anyOf").get(0).get("enum").forEach(c -> {
                if (c.isTextual()) {
                    choices.add("`" + c.asText() + "`");
                }
            });
            return "one of " + String.join(", ", choices) + (value.get("anyOf").size() > 2 ? " (or empty)" : "");
        }
        if (value.has("anyOf")) {
            List<String> kinds = new ArrayList<>();
            value.get("anyOf").forEach(o -> kinds.add(describe(o)));
            return String.join(", or ", kinds);
        }
        JsonNode type = value.path("type");
        if (type.isMissingNode()) {
            return "any value";
        }
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            if (types.contains("integer")) {
                return "whole number from " + value.path("minimum").asText() + " to " + value.path("maximum").asText()
                        + " (or empty)";
            }
            if (types.contains("number") && types.contains("string") && !types.contains("boolean")) {
                return "number, or a word of `not_costed_markers`";
            }
            return types.contains("string") ? "text" : "number";
        }
        return switch (type.asText()) {
            case "object" -> value.has("properties") || value.has("patternProperties") ? "mapping (keys below)" : "mapping";
            case "array" -> "list of " + options(value.path("items")).stream().map(o -> plural(describe(o)))
                    .collect(java.util.stream.Collectors.joining(" or "));
            case "integer" -> "whole number from " + value.path("minimum").asText("1")
                    + (value.has("maximum") ? " to " + value.get("maximum").asText() : "");
            case "string" -> value.path("pattern").asText().equals("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") ? "date" : "text";
            default -> type.asText();
        };
    }

    private static String plural(String one) {
        if (one.equals("any value")) {
            return "any values";
        }
        if (one.startsWith("mapping")) {
            return "mappings" + one.substring("mapping".length());
        }
        return one.startsWith("one of") ? "values, each " + one : one.startsWith("list") ? "lists" : one + "s";
    }
}
