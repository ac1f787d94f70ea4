package org.committeepapers.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourceFile;
import org.committeepapers.problem.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's streaming parser.
 *
 * <p>Loading is bounded: documents over {@link #MAX_CODE_POINTS}, deeper than {@link #MAX_DEPTH}, or using
 * anchors and aliases (the "billion laughs" shape) are refused with a message, never expanded.
 */
public final class YamlReader {
    public static final int MAX_CODE_POINTS = 1024 * 1024;
    public static final int MAX_DEPTH = 20;

    private final YAMLFactory factory;
    private final SchemaRecorder recorder;
    private final ParseMemory memory;

    /** A reader that records nothing. */
    public YamlReader() {
        this(null, null);
    }

    /**
     * A reader whose {@link Fields} tell {@code recorder} (when not null) every key read, for the JSON Schemas,
     * and which keeps what it parses in {@code memory}, or in one of its own when null.
     */
    public YamlReader(SchemaRecorder recorder, ParseMemory memory) {
        this.recorder = recorder;
        this.memory = memory == null ? new ParseMemory() : memory;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 5).maxStringLength(MAX_CODE_POINTS).build())
                .build();
    }

    /**
     * Reads the YAML file at {@code path} as a mapping to bind, called {@code what} in messages; empty, with
     * the problem reported, when the file cannot be read or is not a mapping.
     */
    public Optional<Fields> readMapping(java.nio.file.Path path, java.nio.file.Path root, String what, Problems problems) {
        return SourceReader.read(path, root, problems, memory)
                .flatMap(file -> read(file, file.text(), 1, problems))
                .flatMap(node -> fields(node, what, problems));
    }

    /** Starts binding {@code node}, the top of a document, as a mapping called {@code what} in messages. */
    Optional<Fields> fields(YamlNode node, String what, Problems problems) {
        return Fields.of(node, problems, what, recorder);
    }

    /** Whether this reader tells a recorder every key read: reading then matters, not only what it yields. */
    boolean records() {
        return recorder != null;
    }

    /** What this reader and the readers using it keep of their parses. */
    ParseMemory memory() {
        return memory;
    }

    /** What {@link ParseMemory} keeps a tree under: the text parsed, which may be part of the file, and where it starts. */
    private record Tree(String yaml, int firstLine) {
    }

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}. Returns empty and reports to
     * {@code problems} when the text is not valid YAML or breaks a limit.
     */
    public Optional<YamlNode> read(SourceFile file, String yaml, int firstLine, Problems problems) {
        return memory.remember(file, new Tree(yaml, firstLine), problems, p -> parse(file, yaml, firstLine, p));
    }

    private Optional<YamlNode> parse(SourceFile file, String yaml, int firstLine, Problems problems) {
        try (YAMLParser parser = factory.createParser(yaml)) {
            Reader reader = new Reader(parser, file, firstLine - 1);
            if (parser.nextToken() == null) {
                problems.error(file.at(firstLine, 1), "the YAML is empty",
                        "write the settings as 'key: value' lines");
                return Optional.empty();
            }
            YamlNode node = reader.value(0, problems);
            if (parser.nextToken() != null && !emptyLastDocument(parser)) {
                secondDocument(file, yaml, firstLine, reader.here(), problems);
                return Optional.empty();
            }
            return Optional.ofNullable(node);
        } catch (MarkedYAMLException e) {
            reportSyntax(file, firstLine - 1, e, problems);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                reportSyntax(file, firstLine - 1, marked, problems);
            } else {
                JsonLocation loc = e.getLocation();
                SourcePosition at = loc == null ? file.at(firstLine, 1)
                        : file.at(Math.max(1, loc.getLineNr()) + firstLine - 1, Math.max(1, loc.getColumnNr()));
                problems.error(at, plainMessage(e.getOriginalMessage()), hintFor(e.getOriginalMessage()));
            }
        } catch (IOException | RuntimeException e) {
            problems.error(file.at(firstLine, 1), "could not read the YAML: " + plainMessage(e.getMessage()));
        }
        return Optional.empty();
    }

    /** True when the document just begun is empty and the last, as after a closing '---' that ends the file. */
    private static boolean emptyLastDocument(YAMLParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL && parser.getText().isEmpty() && parser.nextToken() == null;
    }

    /**
     * Reports a second YAML document, which the reader would otherwise drop without a word: at its {@code ---}
     * line, the last one before {@code next} (where its first value starts), or at that value.
     */
    private static void secondDocument(SourceFile file, String yaml, int firstLine, SourcePosition next,
            Problems problems) {
        SourcePosition at = next;
        String[] lines = yaml.split("\n", -1);
        for (int i = Math.min(lines.length, next.line() - firstLine + 1) - 1; i > 0; i--) {
            if (lines[i].startsWith("---")) {
                at = file.at(i + firstLine, 1);
                break;
            }
        }
        problems.error(at, "a second YAML document starts here, and only one is read",
                "a file holds one document: remove this '---' line to keep what follows in the first, "
                        + "or move it to a file of its own");
    }

    private static void reportSyntax(SourceFile file, int lineOffset, MarkedYAMLException e, Problems problems) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourcePosition at = mark == null ? file.at(lineOffset + 1, 1)
                : file.at(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        problems.error(at, "YAML syntax error: " + problem + context, hintFor(problem));
    }

    private static String hintFor(String message) {
        if (message == null) {
            return null;
        }
        if (message.contains("'\\t'") || message.contains("\\t(TAB)") || message.contains("tab")) {
            return "YAML does not allow tabs for indentation: indent with spaces";
        }
        if (message.contains("duplicate") || message.contains("Duplicate")) {
            return "each key may appear only once in a mapping: remove or rename one of them";
        }
        if (message.contains("mapping values are not allowed")) {
            return "a value containing ': ' must be quoted, e.g. title: \"Care: at home\"";
        }
        if (message.contains("exceeds the limit")) {
            return "a source file may hold at most " + MAX_CODE_POINTS + " characters; split it up";
        }
        if (message.toLowerCase(Locale.ROOT).contains("nesting depth")) {
            return "YAML here is nested at most " + MAX_DEPTH + " levels deep";
        }
        return null;
    }

    private static String plainMessage(String message) {
        if (message == null) {
            return "unknown problem";
        }
        int cut = message.indexOf("\n at [Source");
        String plain = (cut >= 0 ? message.substring(0, cut) : message).strip();
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(plain);
        return duplicate.find() ? "the key '" + duplicate.group(1) + "' is given twice" : plain;
    }

    /** Walks the token stream; one instance per document. */
    private static final class Reader {
        private final YAMLParser parser;
        private final SourceFile file;
        private final int lineOffset;

        Reader(YAMLParser parser, SourceFile file, int lineOffset) {
            this.parser = parser;
            this.file = file;
            this.lineOffset = lineOffset;
        }

        private SourcePosition here() {
            JsonLocation loc = parser.currentTokenLocation();
            return file.at(loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
        }

        /** Reads the value at the current token; returns null (and reports) when it cannot be used. */
        YamlNode value(int depth, Problems problems) throws IOException {
            SourcePosition at = here();
            if (parser.isCurrentAlias()) {
                problems.error(at, "YAML aliases (*" + parser.getText() + ") are not supported",
                        "write the value out in full instead of referring to an anchor");
                return null;
            }
            if (depth > MAX_DEPTH) {
                problems.error(at, "the YAML is nested more than " + MAX_DEPTH + " levels deep",
                        "flatten the structure");
                parser.skipChildren();
                return null;
            }
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(at, depth, problems);
                case START_ARRAY -> sequence(at, depth, problems);
                case VALUE_NULL -> new YamlNode.Scalar(at, "", false, true);
                case VALUE_STRING -> {
                    // Any text may be shown as Markdown, and flexmark overflows its stack on deep nesting.
                    if (MarkdownDepth.tooDeep(parser.getText()) != null) {
                        problems.error(at, "this text is nested more than " + MarkdownDepth.MAX
                                + " levels deep as Markdown (quotes, lists, emphasis or HTML elements)", "flatten it");
                    }
                    yield new YamlNode.Scalar(at, parser.getText(), isQuoted(at), false);
                }
                default -> new YamlNode.Scalar(at, parser.getText(), false, false);
            };
        }

        private boolean isQuoted(SourcePosition at) {
            String line = file.line(at.line());
            int index = at.column() - 1;
            return index >= 0 && index < line.length() && (line.charAt(index) == '"' || line.charAt(index) == '\'');
        }

        private YamlNode mapping(SourcePosition at, int depth, Problems problems) throws IOException {
            LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyAt = here();
                parser.nextToken();
                YamlNode value = value(depth + 1, problems);
                if (value != null) {
                    entries.put(key, new YamlNode.Entry(key, keyAt, value));
                }
            }
            return new YamlNode.Mapping(at, java.util.Collections.unmodifiableMap(entries));
        }

        private YamlNode sequence(SourcePosition at, int depth, Problems problems) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                YamlNode value = value(depth + 1, problems);
                items.add(value == null ? new YamlNode.Scalar(here(), "", false, true) : value);
            }
            return new YamlNode.Sequence(at, List.copyOf(items));
        }
    }
}
