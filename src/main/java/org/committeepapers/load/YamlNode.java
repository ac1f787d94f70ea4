package org.committeepapers.load;

import java.util.Map;
import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * A YAML value with the position it came from. Scalars keep their text exactly as written, so a figure
 * such as {@code 311.610} is read as a decimal without ever passing through a {@code double}.
 */
public sealed interface YamlNode {

    SourcePosition position();

    /** A short name for the kind of value, for messages such as "expected a list but found text". */
    String describe();

    /** A mapping; keys keep their order (unmodifiable, as a parse may be reused) and each key keeps its own position. */
    record Mapping(SourcePosition position, Map<String, Entry> entries) implements YamlNode {
        public String describe() {
            return "a mapping of keys";
        }
    }

    /** One key of a mapping: where the key is written, and its value. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {
    }

    record Sequence(SourcePosition position, List<YamlNode> items) implements YamlNode {
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar. {@code quoted} tells a quoted {@code "5"} from a plain {@code 5}; {@code isNull} is true for
     * {@code null}, {@code ~} and an empty value.
     */
    record Scalar(SourcePosition position, String text, boolean quoted, boolean isNull) implements YamlNode {
        public String describe() {
            return isNull ? "an empty value" : "'" + text + "'";
        }
    }
}
