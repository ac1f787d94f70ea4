package org.committeepapers.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.committeepapers.model.Text;
import org.committeepapers.names.DidYouMean;
import org.committeepapers.problem.Problems;
import org.committeepapers.problem.SourcePosition;
import org.committeepapers.problem.Excerpt;

/**
 * Reads the keys of one YAML mapping into typed values, reporting every missing key, wrong type and
 * unknown key (with a did-you-mean) instead of stopping at the first.
 *
 * <p>Call the getters for every key the mapping may have, then {@link #finish()} to report the rest.
 */
public final class Fields {
    private final YamlNode.Mapping mapping;
    private final Problems problems;
    private final String what;
    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> extraAllowed = new HashSet<>();
    /** Told each key asked for and how it is read, to learn the JSON Schemas; null when none are wanted. */
    private final SchemaRecorder recorder;

    private Fields(YamlNode.Mapping mapping, Problems problems, String what, SchemaRecorder recorder) {
        this.mapping = mapping;
        this.problems = problems;
        this.what = what;
        this.recorder = recorder;
    }

    /**
     * Starts reading {@code node} as a mapping, telling {@code recorder} (when not null) what is read; reports
     * and returns empty if it is something else. Readers start from {@link YamlReader#fields}, and go on with
     * {@link #nested}.
     */
    static Optional<Fields> of(YamlNode node, Problems problems, String what, SchemaRecorder recorder) {
        return of(node, problems, what, recorder, null);
    }

    private static Optional<Fields> of(YamlNode node, Problems problems, String what, SchemaRecorder recorder,
            String kind) {
        if (node instanceof YamlNode.Mapping m) {
            Fields fields = new Fields(m, problems, what, recorder);
            if (recorder != null) {
                recorder.mapping(fields, node, what, kind);
            }
            return Optional.of(fields);
        }
        problems.error(node.position(), what + " must be a mapping of 'key: value' lines, but found "
                + node.describe());
        return Optional.empty();
    }

    /** Starts reading {@code node}, found within this mapping, as a mapping of its own, called {@code what}. */
    public Optional<Fields> nested(YamlNode node, String what) {
        return of(node, problems, what, recorder);
    }

    /** As {@link #nested}, for a mapping read by one reader wherever it is (tables): the schema learns one shape for all. */
    Optional<Fields> nested(YamlNode node, String what, String kind) {
        return of(node, problems, what, recorder, kind);
    }

    /** Tells the schema that the optional {@code key} is a mapping of {@code kind}, read with {@link #nested(YamlNode, String, String)}. */
    void declareMapping(String key, String kind) {
        if (recorder != null) {
            recorder.declareMapping(this, key, kind);
        }
    }

    public SourcePosition position() {
        return mapping.position();
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public Problems problems() {
        return problems;
    }

    /** The value of {@code key}, or empty when absent; marks the key as known. */
    public Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode.Entry entry = mapping.entries().get(key);
        record(key, entry);
        if (entry == null || isNull(entry.value())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /**
     * Marks keys matching {@code test} as allowed, for mappings whose keys are data (e.g. years);
     * {@code pattern} says the same as a regular expression, for editors.
     */
    public void allowKeys(Predicate<String> test, String pattern) {
        List<YamlNode> values = new ArrayList<>();
        mapping.entries().values().stream().filter(e -> test.test(e.key())).forEach(e -> {
            extraAllowed.add(e.key());
            values.add(e.value());
        });
        if (recorder != null) {
            recorder.dataKeys(this, pattern, values);
        }
    }

    /** Every entry, for a mapping whose keys are all data (e.g. table ids) following {@code pattern}. */
    public List<YamlNode.Entry> dataEntries(String pattern) {
        List<YamlNode.Entry> entries = List.copyOf(mapping.entries().values());
        allowKeys(key -> true, pattern);
        return entries;
    }

    private void record(String key, YamlNode.Entry entry) {
        if (recorder != null) {
            recorder.key(this, key, entry == null ? null : entry.value());
        }
    }

    /** The items of a list read without a {@code Fields} (e.g. a table row written as a list of cells). */
    public List<YamlNode> items(YamlNode.Sequence sequence) {
        if (recorder != null) {
            recorder.list(sequence, sequence.items(), false);
        }
        return sequence.items();
    }

    /** Names the kind of document this mapping turned out to be, once its reader knows (for schemas). */
    public void describeAs(String kind) {
        if (recorder != null) {
            recorder.rename(this, kind);
        }
    }

    /** Tells the schema that {@code node}, read by hand, was read as "text" (any scalar), "number" or "marker" (a not-costed word). */
    void recordRead(YamlNode node, String type) {
        if (recorder != null) {
            recorder.read(node, type);
        }
    }

    /** Tells the schema how the optional {@code key}, read by hand, is read when present: as {@code type}. */
    void declare(String key, String type) {
        if (recorder != null) {
            recorder.declare(this, key, type);
        }
    }

    /** Tells the schema that the optional {@code key}, read by hand, is a list of {@code itemType}. */
    void declareList(String key, String itemType) {
        if (recorder != null) {
            recorder.declareList(this, key, itemType);
        }
    }

    /** Tells the schema that the optional {@code key}, read by hand, is one of {@code allowed}. */
    void declareChoices(String key, Collection<String> allowed) {
        if (recorder != null) {
            recorder.declareChoices(this, key, allowed);
        }
    }

    /** Tells the schema that the optional {@code key}, read by hand, is a whole number from {@code min} to {@code max}. */
    void declareWholeNumber(String key, int min, int max) {
        if (recorder != null) {
            recorder.declareWholeNumber(this, key, min, max);
        }
    }

    public YamlNode required(String key, String expected) {
        Optional<YamlNode> node = node(key);
        if (recorder != null) {
            recorder.required(this, key, expected);
        }
        if (node.isEmpty()) {
            problems.error(mapping.position(), what + " is missing '" + key + "'",
                    "add a line '" + key + ": " + expected + "'");
        }
        return node.orElse(null);
    }

    public String requiredText(String key, String expected) {
        YamlNode node = required(key, expected);
        return node == null ? null : text(node, key);
    }

    public String optionalText(String key) {
        declare(key, "text");
        return node(key).map(n -> text(n, key)).orElse(null);
    }

    public Optional<YamlNode.Entry> entry(String key) {
        known.add(key);
        record(key, mapping.entries().get(key));
        return Optional.ofNullable(mapping.entries().get(key));
    }

    /**
     * A scalar as text; reports and returns null for a list or mapping. Text read this way is a name, a
     * choice or a label, so a figure reference in it is an error (prose is read with {@link #figureText}).
     */
    public String text(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            recordRead(node, "text");
            String text = s.text().strip();
            if (FigureText.hasBraces(text.replace("\\{{", "").replace("\\}}", ""))) {
                problems.error(node.position(), "'" + key + "' cannot hold a figure reference or '{{' '}}' braces",
                        "figures can be written in texts such as descriptions, captions, notes and reports; "
                                + "write the figure there, or, to print braces, write \\{{ and \\}}");
                return text.replace("{{", "").replace("}}", "");
            }
            return text.replace("\\{{", "{{").replace("\\}}", "}}");
        }
        problems.error(node.position(), "'" + key + "' must be text, but found " + node.describe(),
                "write it on one line after '" + key + ":', or as a block starting with '|'");
        return null;
    }

    /** Prose that may hold figure references, e.g. a caption or a note; located inside the scalar. */
    public Text figureText(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s) {
            recordRead(node, "text");
            return FigureText.ofScalar(s, "'" + key + "'", problems);
        }
        text(node, key);
        return null;
    }

    /** As {@link #figureText(YamlNode, String)} for an optional key: {@link Text#EMPTY} when absent. */
    public Text optionalFigureText(String key) {
        declare(key, "text");
        return node(key).map(n -> figureText(n, key)).orElse(Text.EMPTY);
    }

    public Text requiredFigureText(String key, String expected) {
        YamlNode node = required(key, expected);
        return node == null ? null : figureText(node, key);
    }

    /** A list of prose items, e.g. notes. */
    public List<Text> figureTextList(String key) {
        declareList(key, "text");
        List<Text> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            Text text = figureText(item, key);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    public LocalDate requiredDate(String key) {
        YamlNode node = required(key, "2024-01-31");
        return node == null ? null : date(node, key);
    }

    public LocalDate date(YamlNode node, String key) {
        String text = text(node, key);
        if (text == null) {
            return null;
        }
        recordRead(node, "date");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(node.position(), "'" + key + "' must be a date written as year-month-day, but found '"
                    + Excerpt.of(text) + "'", "write it as e.g. 2024-01-31");
            return null;
        }
    }

    /** One of {@code allowed}, matched without regard to case; reports a did-you-mean otherwise. */
    public String requiredChoice(String key, Collection<String> allowed) {
        YamlNode node = required(key, allowed.iterator().next());
        if (node == null) {
            return null;
        }
        String text = text(node, key);
        return text == null ? null : choice(node, text, key, allowed);
    }

    public String choice(YamlNode node, String text, String key, Collection<String> allowed) {
        if (text == null) {
            return null; // not text at all: reported by text()
        }
        if (recorder != null) {
            recorder.choices(node, allowed);
        }
        for (String option : allowed) {
            if (option.equalsIgnoreCase(text)) {
                return option;
            }
        }
        problems.error(node.position(), "'" + key + "' must be one of " + String.join(", ", allowed)
                + ", but found '" + Excerpt.of(text) + "'", DidYouMean.hint(text, allowed));
        return null;
    }

    /** The optional {@code key}: one of {@code allowed} in any case (as {@link #choice}), or null when absent. */
    public String optionalChoice(String key, Collection<String> allowed) {
        declareChoices(key, allowed);
        return node(key).map(n -> choice(n, text(n, key), key, allowed)).orElse(null);
    }

    /** The optional {@code key} as a decimal (as {@link #number}), or null when absent or wrong (reported). */
    public BigDecimal optionalNumber(String key) {
        declare(key, "number");
        return node(key).map(n -> number(n, key)).orElse(null);
    }

    /** A list; a single scalar is accepted as a list of one. */
    public List<YamlNode> list(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence s) {
            if (recorder != null) {
                recorder.list(node.get(), s.items(), true);
            }
            return s.items();
        }
        if (node.get() instanceof YamlNode.Scalar) {
            if (recorder != null) {
                recorder.list(node.get(), List.of(), true);
            }
            return List.of(node.get());
        }
        problems.error(node.get().position(), "'" + key + "' must be a list, but found " + node.get().describe(),
                "write each item on its own line starting with '- '");
        return List.of();
    }

    public List<String> textList(String key) {
        declareList(key, "text");
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            String text = text(item, key);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** Reads a decimal from the scalar's own text, so no precision or trailing zero is lost. */
    public BigDecimal number(YamlNode node, String key) {
        recordRead(node, "number");
        return Numbers.parse(node, key, problems);
    }

    /** Tells the schema that {@code node} must be a whole number from 1 to {@code max}, as the caller checks. */
    void wholeNumberUpTo(YamlNode node, int max) {
        if (recorder != null) {
            recorder.wholeNumber(node, 1, max);
        }
    }

    /** Reports every key that no getter asked for, suggesting the closest known key. */
    public void finish() {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key()) && !extraAllowed.contains(entry.key())) {
                problems.error(entry.keyPosition(), "unknown key '" + Excerpt.of(entry.key()) + "' in " + what,
                        DidYouMean.hint(entry.key(), known));
            }
        }
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }

    /** Applies {@code reader} to each mapping in the list at {@code key}. */
    public <T> List<T> mappings(String key, String itemName, Function<Fields, T> reader) {
        List<T> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            nested(item, itemName).map(reader).ifPresent(out::add);
        }
        return out;
    }
}
