package org.committeepapers.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.committeepapers.TestContent;

/**
 * One case of the bad-input corpus, read from its {@code case.yaml}: the edits that break a copy of the shipped
 * content (and, when an edit says {@code in: templates}, of the templates), the commands to run, and what they
 * must print.
 */
record CorpusCase(Path folder, List<String> commands, List<String> args, int exitCode, JsonNode edits, List<String> expect) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The broken copies a case runs on. {@code templates} is null when the case leaves the templates alone. */
    record Workspace(Path content, Path templates) {
        /** {@code text} with the workspace's absolute paths cut to the paths an author would write. */
        String relativise(String text) {
            String out = text.replace(content.toString() + "/", "");
            return templates == null ? out : out.replace(templates.toString() + "/", "templates/");
        }
    }

    static CorpusCase read(Path folder) throws IOException {
        JsonNode root = YAML.readTree(folder.resolve("case.yaml").toFile());
        List<String> commands = strings(root.path("commands"));
        return new CorpusCase(folder, commands.isEmpty() ? List.of("check", "build") : commands, strings(root.path("args")),
                root.path("exit").asInt(1), root.path("edits"), strings(root.path("expect")));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(item -> out.add(item.asText()));
        return out;
    }

    /** The content every case starts from, unbroken: the shipped content without its illustrative draft. */
    static Workspace unbroken(Path temp) throws IOException {
        TestContent content = TestContent.copyOfShipped(temp);
        // Without the illustrative draft: its "TBC" warning would join every check's messages (ShippedDraftTest).
        org.committeepapers.publish.FileTrees.deleteTree(content.root().resolve("papers").resolve(TestContent.DRAFT_SLUG));
        return new Workspace(content.root(), null);
    }

    Workspace apply(Path temp) throws IOException {
        Path root = unbroken(temp).content();
        Path templates = null;
        for (JsonNode edit : edits) {
            if (edit.path("in").asText("content").equals("templates") && templates == null) {
                templates = temp.resolve("templates");
                TestContent.copyTree(Path.of("templates"), templates);
            }
        }
        for (JsonNode edit : edits) {
            Path base = edit.path("in").asText("content").equals("templates") ? templates : root;
            applyOne(edit, base);
        }
        Path overlay = folder.resolve("files");
        if (Files.isDirectory(overlay)) {
            TestContent.copyTree(overlay, root);
        }
        return new Workspace(root, templates);
    }

    private static void applyOne(JsonNode edit, Path base) throws IOException {
        Path file = base.resolve(edit.path("file").asText());
        if (edit.has("find")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String find = edit.get("find").asText();
            int first = text.indexOf(find);
            if (first < 0 || text.indexOf(find, first + 1) >= 0) {
                throw new AssertionError("expected exactly one '" + find + "' in " + file);
            }
            write(file, text.substring(0, first) + text(edit.get("replace")) + text.substring(first + find.length()));
        } else if (edit.has("write")) {
            write(file, text(edit.get("write")));
        } else if (edit.has("append")) {
            write(file, Files.readString(file, StandardCharsets.UTF_8) + text(edit.get("append")));
        } else if (edit.path("delete").asBoolean()) {
            Files.delete(file);
        } else if (edit.has("size")) {
            Files.createDirectories(file.getParent());
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(edit.get("size").asLong());
            }
        } else if (edit.has("bytes")) {
            byte[] bytes = new byte[edit.get("bytes").size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) edit.get("bytes").get(i).asInt();
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } else if (edit.has("symlink")) {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createSymbolicLink(file, Path.of(edit.get("symlink").asText()));
        } else if (edit.path("fifo").asBoolean()) {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            mkfifo(file);
        } else {
            throw new AssertionError("an edit needs find/replace, write, append, delete, size, bytes, symlink or fifo: " + edit);
        }
    }

    private static void mkfifo(Path file) throws IOException {
        try {
            Process made = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            if (made.waitFor() != 0) {
                throw new IOException("mkfifo failed for " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A text value: a string, or a list of strings and {@code {repeat: text, times: n}} parts joined together. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isArray()) {
            return value.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : value) {
            out.append(part.isObject() ? part.get("repeat").asText().repeat(part.get("times").asInt()) : part.asText());
        }
        return out.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
