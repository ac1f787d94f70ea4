package org.committeepapers.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the data model section of docs/templates.md from the records templates receive (every
 * {@code public record …View} in the render package, with its Javadoc), so a field added for templates is
 * documented the moment it exists.
 */
final class TemplateModelDoc {
    static final Path SOURCES = Path.of("src/main/java/org/committeepapers/render");
    static final String START = "<!-- generated: template data model";
    static final String END = "<!-- end of generated data model -->";
    private static final Pattern RECORD = Pattern.compile(
            "((?:[ \\t]*/\\*\\*(?:[^*]|\\*(?!/))*\\*/\\s*)*)[ \\t]*public record (\\w+View)\\(([^)]*)\\)");

    private TemplateModelDoc() {
    }

    /** {@code page} with its generated section replaced by the one for the sources as they are now. */
    static String update(String page) throws IOException {
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        if (start < 0 || end < start) {
            throw new AssertionError("docs/templates.md lacks the markers of its generated section");
        }
        int afterStart = page.indexOf("-->", start) + 3;
        return page.substring(0, afterStart) + "\n" + markdown() + page.substring(end);
    }

    static String markdown() throws IOException {
        List<String[]> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = RECORD.matcher(Files.readString(file));
                while (m.find()) {
                    records.add(new String[] {m.group(2), javadoc(m.group(1)), m.group(3)});
                }
            }
        }
        List<String> names = records.stream().map(r -> r[0]).toList();
        StringBuilder out = new StringBuilder();
        for (String[] record : records) {
            out.append("\n### ").append(record[0]).append("\n\n");
            if (!record[1].isEmpty()) {
                out.append(record[1]).append("\n\n");
            }
            out.append("| field | holds |\n|---|---|\n");
            for (String component : split(record[2])) {
                String[] typeAndName = component.trim().split("\\s+(?=\\w+$)");
                out.append("| `").append(typeAndName[1]).append("` | ").append(type(typeAndName[0].trim(), names)).append(" |\n");
            }
        }
        return out.append("\n").toString();
    }

    private static String javadoc(String comments) {
        return comments.replaceAll("/\\*\\*|\\*/", " ").replaceAll("(?m)^\\s*\\*", " ")
                .replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
    }

    /** The components of a record header, split at the commas outside angle brackets. */
    private static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : header.toCharArray()) {
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String type(String java, List<String> records) {
        if (java.startsWith("List<") && java.endsWith(">")) {
            return "list of " + type(java.substring(5, java.length() - 1), records);
        }
        if (records.contains(java)) {
            return "[" + java + "](#" + java.toLowerCase() + ")";
        }
        return switch (java) {
            case "String" -> "text";
            case "boolean" -> "true or false";
            case "int", "long" -> "whole number";
            default -> java;
        };
    }
}
