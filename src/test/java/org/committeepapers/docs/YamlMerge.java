package org.committeepapers.docs;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Merges a documentation fragment into a source file at the level of YAML nodes, so every scalar keeps the
 * text and quoting it was written with (a money figure's {@code 311.610}, an {@code eqia: "Yes"}).
 */
final class YamlMerge {
    /** Keys that name an item of a list, so an example's item merges into the shipped item it names. */
    private static final List<String> ITEM_KEYS = List.of("id", "number", "letter", "committee", "case", "file");

    private YamlMerge() {
    }

    static String merge(String target, String fragment) {
        Yaml yaml = yaml();
        Node into = yaml.compose(new StringReader(target));
        Node from = yaml.compose(new StringReader(fragment));
        if (!(from instanceof MappingNode)) {
            throw new AssertionError("a fragment must be a mapping of keys");
        }
        return write(yaml, into == null ? from : merge(into, from));
    }

    /** Appends {@code item} to the list under {@code key} of the mapping {@code target}. */
    static String append(String target, String key, String item) {
        Yaml yaml = yaml();
        MappingNode into = (MappingNode) yaml.compose(new StringReader(target));
        SequenceNode list = (SequenceNode) value(into, key).orElseThrow(() -> new AssertionError("no " + key + ":"));
        list.getValue().add(yaml.compose(new StringReader(item)));
        return write(yaml, into);
    }

    private static String write(Yaml yaml, Node node) {
        java.io.StringWriter out = new java.io.StringWriter();
        yaml.serialize(node, out);
        return out.toString();
    }

    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setWidth(10_000);
        return new Yaml(new LoaderOptions(), dump);
    }

    private static Node merge(Node into, Node from) {
        if (into instanceof MappingNode target && from instanceof MappingNode source) {
            for (NodeTuple tuple : source.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                int at = indexOf(target, key);
                if (at < 0) {
                    target.getValue().add(tuple);
                } else {
                    NodeTuple old = target.getValue().get(at);
                    target.getValue().set(at, new NodeTuple(old.getKeyNode(), merge(old.getValueNode(), tuple.getValueNode())));
                }
            }
            return target;
        }
        if (into instanceof SequenceNode target && from instanceof SequenceNode source && keyed(source)) {
            for (Node item : source.getValue()) {
                Optional<Node> same = target.getValue().stream().filter(t -> sameItem(t, item)).findFirst();
                if (same.isPresent()) {
                    merge(same.get(), item);
                } else {
                    target.getValue().add(item);
                }
            }
            return target;
        }
        return from;
    }

    private static boolean keyed(SequenceNode list) {
        return !list.getValue().isEmpty() && list.getValue().stream().allMatch(i -> itemKey(i).isPresent());
    }

    private static Optional<String> itemKey(Node item) {
        if (item instanceof MappingNode map) {
            return ITEM_KEYS.stream().filter(k -> value(map, k).orElse(null) instanceof ScalarNode).findFirst();
        }
        return Optional.empty();
    }

    private static boolean sameItem(Node shipped, Node example) {
        String key = itemKey(example).orElseThrow();
        return shipped instanceof MappingNode map && value(map, key).orElse(null) instanceof ScalarNode s
                && s.getValue().equals(((ScalarNode) value((MappingNode) example, key).orElseThrow()).getValue());
    }

    private static int indexOf(MappingNode map, String key) {
        List<NodeTuple> tuples = map.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Node> value(MappingNode map, String key) {
        int at = indexOf(map, key);
        return at < 0 ? Optional.empty() : Optional.of(map.getValue().get(at).getValueNode());
    }
}
