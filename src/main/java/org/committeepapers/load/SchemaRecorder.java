package org.committeepapers.load;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns the shape of every kind of YAML file from the binder itself: when content is read by a
 * {@link ContentLoader} given a recorder, each key a {@link Fields} asks for, how it reads the value (text, date, number, choice, list,
 * mapping) and whether it insists on it, is noted against the mapping it belongs to. The result is the
 * input of {@link org.committeepapers.load.JsonSchemas}; so the editor's schema and the build's checks
 * cannot drift apart, and nobody maintains a schema by hand.
 *
 * <p>A reader also declares how it would read an optional key it finds absent ({@link Fields#optionalChoice},
 * {@link Fields#declare}, …), so such a key has its shape though no file writes it. A mapping is only described
 * once the recorder has seen one (a {@code summary:} in some paper.yaml, say), or one of its kind elsewhere
 * (every format's tables share one shape); one never seen is left open rather than guessed, so a schema is
 * never stricter than the build. Mappings the shipped example never writes are taught by the schema lessons
 * ({@link Bundled#SCHEMA_LESSONS}); JsonSchemaTest fails on any value a schema leaves open.
 *
 * <p>One recorder serves one load at a time: it travels from the loader through the {@link YamlReader} to every
 * {@link Fields}, and is no one else's.
 */
public final class SchemaRecorder {
    /** One kind of mapping: its keys in the order first asked for. */
    public static final class Shape {
        final String name;
        /** How many mappings of this kind were read; a key is required if every one of them required it. */
        int instances;
        final Map<String, Key> keys = new LinkedHashMap<>();
        /** Keys that are data (years, table ids): the pattern they follow, and the shape of their values. */
        String dataKeyPattern;
        Key dataValue;

        Shape(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        Key key(String key) {
            return keys.computeIfAbsent(key, k -> new Key());
        }
    }

    /** What is known of one key's value. */
    public static final class Key {
        final Set<Fields> requiredBy = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        String example;
        final Set<String> types = new LinkedHashSet<>();
        final Set<String> choices = new LinkedHashSet<>();
        Shape object;
        /** For lists: what each item is. */
        Key items;
        /** A lone item may be written without the list (read by {@link Fields#list}, not {@link Fields#items}). */
        boolean loneItem;
        /** For whole numbers: the bounds the reader accepts. */
        int minimum = Integer.MIN_VALUE;
        int maximum = Integer.MAX_VALUE;
        /** An empty value is read as the key left out (an optional key). */
        boolean nullable;
    }

    private record Origin(Key key) {
    }

    private final Map<String, Shape> roots = new LinkedHashMap<>();
    private final Map<YamlNode, Origin> origins = new IdentityHashMap<>();
    private final Map<Fields, Shape> shapes = new IdentityHashMap<>();
    /** Mappings read by one reader wherever they are (every format's tables): one shape, learnt from all. */
    private final Map<String, Shape> kinds = new LinkedHashMap<>();

    /** The kinds of file seen, by the name their reader gives them (e.g. "paper.yaml"). */
    public Map<String, Shape> roots() {
        return roots;
    }

    /** @param kind names the shape this mapping shares with every other of its kind, or null for its own */
    void mapping(Fields fields, YamlNode node, String what, String kind) {
        Origin origin = origins.get(node);
        Shape shape;
        if (origin == null) {
            shape = roots.computeIfAbsent(what, Shape::new);
        } else {
            Key key = origin.key();
            key.types.add("object");
            if (key.object == null) {
                key.object = kind == null ? new Shape(what) : kinds.computeIfAbsent(kind, Shape::new);
            }
            shape = key.object;
        }
        shape.instances++;
        shapes.put(fields, shape);
    }

    /** The reader found out which kind of document this is (e.g. the proposal's template). */
    void rename(Fields fields, String name) {
        Shape old = shapes.get(fields);
        Shape renamed = roots.computeIfAbsent(name, Shape::new);
        if (old != null && old != renamed) {
            old.keys.forEach((k, v) -> renamed.keys.putIfAbsent(k, v));
            old.instances--;
            if (old.instances == 0) {
                roots.values().remove(old);
            }
        }
        renamed.instances++;
        shapes.put(fields, renamed);
    }

    void key(Fields fields, String key, YamlNode value) {
        Shape shape = shapes.get(fields);
        if (shape == null) {
            return;
        }
        Key k = shape.key(key);
        if (value != null) {
            origins.put(value, new Origin(k));
        }
    }

    void required(Fields fields, String key, String example) {
        Shape shape = shapes.get(fields);
        if (shape != null) {
            Key k = shape.key(key);
            k.requiredBy.add(fields);
            if (k.example == null) {
                k.example = example;
            }
        }
    }

    void dataKeys(Fields fields, String pattern, Iterable<YamlNode> values) {
        Shape shape = shapes.get(fields);
        if (shape == null) {
            return;
        }
        shape.dataKeyPattern = pattern;
        if (shape.dataValue == null) {
            shape.dataValue = new Key();
        }
        values.forEach(v -> origins.put(v, new Origin(shape.dataValue)));
    }

    /** {@code node} was read as {@code type}: "text", "date", "number" or "list" (whole numbers: {@link #wholeNumber}). */
    void read(YamlNode node, String type) {
        Origin origin = origins.get(node);
        if (origin != null) {
            origin.key().types.add(type);
        }
    }

    /** {@code node} was read as a whole number from {@code min} to {@code max}; the strictest reading of a key wins. */
    void wholeNumber(YamlNode node, int min, int max) {
        Origin origin = origins.get(node);
        if (origin != null) {
            whole(origin.key(), min, max);
        }
    }

    private static void whole(Key key, int min, int max) {
        key.types.add("whole number");
        key.minimum = Math.max(key.minimum, min);
        key.maximum = Math.min(key.maximum, max);
    }

    /** {@code node} was read as a list of {@code items}; {@code loneItem}: one item may be written without the list. */
    void list(YamlNode node, List<YamlNode> items, boolean loneItem) {
        Origin origin = origins.get(node);
        if (origin == null) {
            return;
        }
        Key key = listKey(origin.key(), loneItem);
        for (YamlNode item : items) {
            origins.put(item, new Origin(key.items));
        }
    }

    private static Key listKey(Key key, boolean loneItem) {
        key.types.add("list");
        key.loneItem |= loneItem;
        if (key.items == null) {
            key.items = new Key();
        }
        return key;
    }

    /*
     * How an optional key would be read, told whether or not this mapping has it: so a key the example never
     * writes still gets its shape from the reader's own call, not from a lesson.
     */

    private Key declared(Fields fields, String key) {
        Shape shape = shapes.get(fields);
        if (shape == null) {
            return null;
        }
        Key k = shape.key(key);
        k.nullable = true;
        return k;
    }

    /** The optional {@code key} is read as {@code type} ("text", "number", "marker", …). */
    void declare(Fields fields, String key, String type) {
        Key k = declared(fields, key);
        if (k != null) {
            k.types.add(type);
        }
    }

    /** The optional {@code key} is a mapping of {@code kind}, whose shape is learnt wherever one is read. */
    void declareMapping(Fields fields, String key, String kind) {
        Key k = declared(fields, key);
        if (k != null) {
            k.types.add("object");
            if (k.object == null) {
                k.object = kinds.computeIfAbsent(kind, Shape::new);
            }
        }
    }

    /** The optional {@code key} is one of {@code allowed}, in any case. */
    void declareChoices(Fields fields, String key, Iterable<String> allowed) {
        Key k = declared(fields, key);
        if (k != null) {
            k.types.add("text");
            allowed.forEach(k.choices::add);
        }
    }

    /** The optional {@code key} is a whole number from {@code min} to {@code max}. */
    void declareWholeNumber(Fields fields, String key, int min, int max) {
        Key k = declared(fields, key);
        if (k != null) {
            whole(k, min, max);
        }
    }

    /** The optional {@code key} is a list (or one item alone) whose items are read as {@code itemType}. */
    void declareList(Fields fields, String key, String itemType) {
        Key k = declared(fields, key);
        if (k != null) {
            listKey(k, true).items.types.add(itemType);
        }
    }

    void choices(YamlNode node, Iterable<String> allowed) {
        Origin origin = origins.get(node);
        if (origin != null) {
            allowed.forEach(origin.key().choices::add);
        }
    }
}
