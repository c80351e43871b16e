package nl.ketenscan.cli;

import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** One YAML mapping whose keys have been checked, with the value node of each key it has. */
record ConfigMapping(Node node, Map<String, Node> values) {

    ConfigMapping {
        values = Map.copyOf(values);
    }

    /** A key written without a value ({@code include:}) counts as absent, as a person would read it. */
    Optional<Node> get(String key) {
        Node value = values.get(key);
        if (value == null || value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
