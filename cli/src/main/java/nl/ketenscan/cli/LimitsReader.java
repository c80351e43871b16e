package nl.ketenscan.cli;

import nl.ketenscan.crawler.Limits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the optional {@code limits:} mapping; every limit left out keeps its default. */
final class LimitsReader {

    private static final List<String> KEYS =
            List.of("maxPages", "maxDepth", "requestTimeout", "pageBudget", "maxPageSize", "browsers",
                    "hostConnections", "hostRequestsPerSecond", "maxDocumentSize");

    private final NodeReader nodes;

    LimitsReader(NodeReader nodes) {
        this.nodes = nodes;
    }

    Limits read(Node node) throws ConfigException {
        Limits defaults = Limits.defaults();
        ConfigMapping limits = nodes.mapping(node, KEYS, "limits",
                "limits must be a mapping of keys to values, e.g. 'maxPages: 500' on the next line, indented");
        return new Limits(
                number(limits, "maxPages", 1, defaults.maxPages()),
                number(limits, "maxDepth", 0, defaults.maxDepth()),
                duration(limits, "requestTimeout", defaults.requestTimeout(), "20s"),
                duration(limits, "pageBudget", defaults.pageBudget(), "45s"),
                size(limits, "maxPageSize", defaults.maxPageBytes()),
                number(limits, "browsers", 1, defaults.browsers()),
                number(limits, "hostConnections", 1, defaults.hostConnections()),
                rate(limits, "hostRequestsPerSecond", defaults.hostRequestsPerSecond()),
                size(limits, "maxDocumentSize", defaults.maxDocumentBytes()));
    }

    private int number(ConfigMapping limits, String key, int minimum, int fallback) throws ConfigException {
        Optional<Node> node = limits.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String example = key + ": " + fallback;
        String text = nodes.scalar(node.get(), key, example);
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw nodes.error(node.get(), key + " must be a whole number, not '" + text + "'; write e.g. " + example);
        }
        if (value < minimum) {
            throw nodes.error(node.get(), key + " must be at least " + minimum + ", not " + value + "; write e.g. " + example);
        }
        return value;
    }

    private double rate(ConfigMapping limits, String key, double fallback) throws ConfigException {
        Optional<Node> node = limits.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String example = key + ": 2";
        String text = nodes.scalar(node.get(), key, example);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw nodes.error(node.get(), key + " must be a number, not '" + text + "'; write e.g. " + example);
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw nodes.error(node.get(), key + " must be more than 0, not " + text + "; write e.g. " + example
                    + " or 0.5");
        }
        return value;
    }

    private Duration duration(ConfigMapping limits, String key, Duration fallback, String example)
            throws ConfigException {
        Optional<Node> node = limits.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = nodes.scalar(node.get(), key, key + ": " + example);
        try {
            return ConfigLoader.parseDuration(text);
        } catch (IllegalArgumentException e) {
            throw nodes.error(node.get(), key + ": " + e.getMessage());
        }
    }

    private long size(ConfigMapping limits, String key, long fallback) throws ConfigException {
        Optional<Node> node = limits.get(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = nodes.scalar(node.get(), key, key + ": 10MB");
        try {
            return ConfigLoader.parseSize(text);
        } catch (IllegalArgumentException e) {
            throw nodes.error(node.get(), key + ": " + e.getMessage());
        }
    }
}
