package nl.ketenscan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the shapes a configuration file is made of (mappings with known keys, single values, lists
 * of values) out of composed YAML nodes. Every surprise becomes a {@link ConfigException} at the
 * position of the node that caused it.
 */
final class NodeReader {

    private final String file;

    NodeReader(String file) {
        this.file = file;
    }

    ConfigException error(Node node, String what) {
        return ConfigException.at(file, node.getStartMark(), what);
    }

    /**
     * @param where     how the message names this mapping ("limits", "an organisation")
     * @param wrongType the message when the node is not a mapping at all
     */
    ConfigMapping mapping(Node node, List<String> keys, String where, String wrongType) throws ConfigException {
        requireStandardTag(node);
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, wrongType);
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                throw error(keyNode, "a key in " + where + " must be a plain word: one of " + String.join(", ", keys));
            }
            String name = key.getValue();
            if (!keys.contains(name)) {
                throw error(keyNode, unknownKey(name, keys, where));
            }
            if (values.containsKey(name)) {
                throw error(keyNode, "'" + name + "' appears twice in " + where + "; keep only one");
            }
            values.put(name, tuple.getValueNode());
        }
        return new ConfigMapping(node, values);
    }

    /** The text of a single value, trimmed; {@code example} shows the user what to write instead. */
    String scalar(Node node, String key, String example) throws ConfigException {
        requireStandardTag(node);
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, key + " must be a single value, not a " + shape(node) + "; write e.g. " + example);
        }
        String text = scalar.getValue().strip();
        if (scalar.getTag().equals(Tag.NULL) || text.isEmpty()) {
            throw error(node, key + " is empty; write e.g. " + example);
        }
        return text;
    }

    /** The items of a list of single values, each still carrying its position for later errors. */
    List<ScalarNode> scalars(Node node, String key, String example) throws ConfigException {
        requireStandardTag(node);
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, key + " must be a list, not a " + shape(node) + "; write e.g. " + example);
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            scalar(item, "each item of " + key, example);
            items.add((ScalarNode) item);
        }
        return items;
    }

    /**
     * Composing never builds objects, so tags cannot run code here; refusing non-standard tags still
     * tells the user at once that {@code !foo} means nothing to ketenscan.
     */
    private void requireStandardTag(Node node) throws ConfigException {
        if (!Tag.standardTags.contains(node.getTag())) {
            throw error(node, "the tag " + node.getTag().getValue() + " means nothing to ketenscan; remove it");
        }
    }

    private static String unknownKey(String name, List<String> keys, String where) {
        String hint = ClosestName.among(keys, name)
                .map(closest -> "did you mean " + closest + "?")
                .orElse("the keys are " + String.join(", ", keys));
        return "unknown key '" + name + "' in " + where + "; " + hint;
    }

    private static String shape(Node node) {
        return switch (node.getNodeId()) {
            case mapping -> "mapping of keys";
            case sequence -> "list";
            default -> "single value";
        };
    }
}
