package nl.ketenscan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.baseline.BaselineEntry;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads and writes a baseline file ({@code .ketenscan-baseline.yml}), which a team keeps in its own
 * repository and reviews like code. YAML, so that people can add a reason and an expiry date by hand;
 * read back node by node like the configuration, so that every mistake is reported at its line.
 *
 * <p>The first key, {@code ketenscan-baseline}, names the layout. A file of another layout is refused
 * with the version that wrote it, rather than read half-right into a silent pass.
 */
final class BaselineFile {

    static final String FORMAT_KEY = "ketenscan-baseline";
    private static final List<String> TOP_KEYS = List.of(FORMAT_KEY, "tool-version", "created", "issues");
    private static final List<String> ENTRY_KEYS = List.of("fingerprint", "organisation", "rule", "criteria", "impact",
            "description", "reason", "expires");
    private static final String HEADER = """
            # ketenscan baseline: the issues this team accepts for now.
            # `ketenscan scan --baseline FILE` fails only on issues that are not listed here, and lists
            # these apart. Give each entry a reason, and an expiry date (expires: 2026-06-30) after
            # which the issue fails the build again. Only the fingerprint is matched; the other fields
            # say what was accepted. Recreate with `ketenscan baseline create`, which keeps reasons
            # and expiry dates of issues still found.
            """;

    private BaselineFile() {
    }

    /**
     * @throws ConfigException naming the file (and line), what is wrong and what to do: when it is
     *                         missing, not YAML, not a baseline, of another layout, or has a bad entry
     */
    static Baseline read(Path file) throws ConfigException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(name + ": no such baseline file; create one with"
                    + " ketenscan baseline create --from SCAN-FOLDER -o " + name);
        }
        Node root = ConfigLoader.compose(file);
        NodeReader nodes = new NodeReader(name);
        if (!(root instanceof MappingNode mapping)) {
            throw new ConfigException(name + ": not a ketenscan baseline (it has no " + FORMAT_KEY
                    + ": line); create one with ketenscan baseline create");
        }
        String toolVersion = rawValue(mapping, "tool-version").orElse("unknown");
        String format = rawValue(mapping, FORMAT_KEY).orElseThrow(() -> new ConfigException(name
                + ": not a ketenscan baseline (it has no " + FORMAT_KEY + ": line); create one with"
                + " ketenscan baseline create"));
        if (!format.equals(Integer.toString(Baseline.FORMAT))) {
            throw new ConfigException(name + ": a baseline of layout " + format + " (written by ketenscan "
                    + toolVersion + "); this ketenscan reads layout " + Baseline.FORMAT
                    + ". Recreate it with this version: ketenscan baseline create --from SCAN-FOLDER -o " + name);
        }
        ConfigMapping top = nodes.mapping(root, TOP_KEYS, "the baseline", "the baseline must be a mapping");
        List<BaselineEntry> entries = new ArrayList<>();
        Optional<Node> issues = top.get("issues");
        if (issues.isPresent()) {
            if (!(issues.get() instanceof SequenceNode sequence)) {
                throw nodes.error(issues.get(), "issues must be a list of entries, each starting with '- fingerprint:'");
            }
            Map<String, Node> seen = new HashMap<>();
            for (Node item : sequence.getValue()) {
                BaselineEntry entry = entry(nodes, item);
                Node earlier = seen.putIfAbsent(entry.fingerprint(), item);
                if (earlier != null) {
                    throw nodes.error(item, "fingerprint " + entry.fingerprint() + " is already listed on line "
                            + (earlier.getStartMark().getLine() + 1) + "; keep one entry");
                }
                entries.add(entry);
            }
        }
        return new Baseline(toolVersion, entries);
    }

    private static BaselineEntry entry(NodeReader nodes, Node item) throws ConfigException {
        ConfigMapping entry = nodes.mapping(item, ENTRY_KEYS, "a baseline entry",
                "each entry of issues must be a mapping starting with '- fingerprint:'");
        Node fingerprintNode = entry.get("fingerprint").orElseThrow(() -> nodes.error(item,
                "this entry has no fingerprint; copy it from results.json or recreate the baseline"));
        String fingerprint = nodes.scalar(fingerprintNode, "fingerprint", "fingerprint: 3f2a9c0d1e2b4a5c");
        List<String> criteria = new ArrayList<>();
        Optional<Node> criteriaNode = entry.get("criteria");
        if (criteriaNode.isPresent()) {
            for (ScalarNode criterion : nodes.scalars(criteriaNode.get(), "criteria", "criteria: [1.1.1]")) {
                criteria.add(criterion.getValue().strip());
            }
        }
        Impact impact = null;
        Optional<Node> impactNode = entry.get("impact");
        if (impactNode.isPresent()) {
            String text = nodes.scalar(impactNode.get(), "impact", "impact: serious");
            impact = Impact.fromId(text).orElseThrow(() -> nodes.error(impactNode.get(), "'" + text
                    + "' is not an impact; write critical, serious, moderate or minor"));
        }
        LocalDate expires = null;
        Optional<Node> expiresNode = entry.get("expires");
        if (expiresNode.isPresent()) {
            String text = nodes.scalar(expiresNode.get(), "expires", "expires: 2026-06-30");
            try {
                expires = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw nodes.error(expiresNode.get(), "'" + text + "' is not a date; write expires: YYYY-MM-DD,"
                        + " e.g. expires: 2026-06-30, or leave it out for no expiry");
            }
        }
        return new BaselineEntry(fingerprint, text(entry, "organisation"), text(entry, "rule"), criteria, impact,
                text(entry, "description"), text(entry, "reason"), expires);
    }

    /** Free text that may be left empty, as {@code reason: ""} is until someone writes one. */
    private static String text(ConfigMapping entry, String key) {
        return entry.get(key).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue().strip())
                .orElse("");
    }

    /** A top-level value read before the keys are checked, so that a file of another layout is named as such. */
    private static Optional<String> rawValue(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v && !v.getTag().equals(Tag.NULL)) {
                return Optional.of(v.getValue().strip());
            }
        }
        return Optional.empty();
    }

    /** @throws UncheckedIOException when the file cannot be written */
    static void write(Baseline baseline, LocalDate created, Path file) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(FORMAT_KEY, Baseline.FORMAT);
        root.put("tool-version", baseline.toolVersion());
        root.put("created", created.toString());
        List<Map<String, Object>> issues = new ArrayList<>();
        for (BaselineEntry entry : baseline.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("fingerprint", entry.fingerprint());
            item.put("organisation", entry.organisation());
            item.put("rule", entry.rule());
            item.put("criteria", entry.criteria());
            item.put("impact", entry.impact() == null ? null : entry.impact().id());
            item.put("description", entry.description());
            item.put("reason", entry.reason());
            item.put("expires", entry.expires() == null ? null : entry.expires().toString());
            issues.add(item);
        }
        root.put("issues", issues);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                yaml().dump(root, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file + ": " + e.getMessage()
                    + "; check that its folder is writable", e);
        }
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options);
    }
}
