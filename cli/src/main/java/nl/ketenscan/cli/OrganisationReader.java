package nl.ketenscan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code organisations:} list of a configuration file. */
final class OrganisationReader {

    private static final List<String> KEYS = List.of("name", "role", "seeds", "allowedHosts", "include", "exclude",
            "login");
    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::id).toList();
    private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final String SEEDS_EXAMPLE = "seeds: [https://www.helmond.nl/]";

    private final NodeReader nodes;
    private final LoginReader logins;
    private final Map<String, LoginForm> loginForms = new LinkedHashMap<>();

    /** @param logins reads an organisation's {@code login:} */
    OrganisationReader(NodeReader nodes, LoginReader logins) {
        this.nodes = nodes;
        this.logins = logins;
    }

    /** The login forms of the organisations read, by organisation name. */
    Map<String, LoginForm> loginForms() {
        return Map.copyOf(loginForms);
    }

    List<Organisation> readAll(Node node) throws ConfigException {
        if (!(node instanceof SequenceNode sequence)) {
            throw nodes.error(node, "organisations must be a list: start each organisation with '- name:' on its own line");
        }
        if (sequence.getValue().isEmpty()) {
            throw nodes.error(node, "organisations is empty; add at least one organisation with name, role and seeds");
        }
        List<Organisation> organisations = new ArrayList<>();
        Map<String, Node> names = new HashMap<>();
        for (Node item : sequence.getValue()) {
            ConfigMapping mapping = nodes.mapping(item, KEYS, "an organisation",
                    "each organisation must be a mapping with name, role and seeds, e.g. '- name: Gemeente Helmond'");
            Organisation organisation = read(mapping);
            Node nameNode = mapping.get("name").orElseThrow();
            Node earlier = names.putIfAbsent(organisation.name().toLowerCase(Locale.ROOT), nameNode);
            if (earlier != null) {
                throw nodes.error(nameNode, "the name '" + organisation.name() + "' is already used on line "
                        + (earlier.getStartMark().getLine() + 1) + "; give each organisation its own name");
            }
            organisations.add(organisation);
        }
        return organisations;
    }

    private Organisation read(ConfigMapping mapping) throws ConfigException {
        Node nameNode = mapping.get("name").orElseThrow(() -> nodes.error(mapping.node(),
                "this organisation has no name; add name: followed by the name readers of the report know it by"));
        String name = nodes.scalar(nameNode, "name", "name: Gemeente Helmond");
        Node roleNode = mapping.get("role").orElseThrow(() -> nodes.error(mapping.node(),
                "organisation '" + name + "' has no role; add role: gemeente or role: ketenpartner"));
        Role role = role(roleNode);
        Node seedsNode = mapping.get("seeds").orElseThrow(() -> nodes.error(mapping.node(),
                "organisation '" + name + "' has no seeds; add the address where scanning starts, e.g. " + SEEDS_EXAMPLE));
        List<String> seeds = seeds(seedsNode, name);
        Set<String> hosts = new LinkedHashSet<>();
        for (ScalarNode host : optionalList(mapping, "allowedHosts", "allowedHosts: [formulieren.helmond.nl]")) {
            hosts.add(host(host));
        }
        Organisation organisation = new Organisation(name, role, seeds, hosts,
                patterns(mapping, "include", "include: ['^https://www\\.helmond\\.nl/']"),
                patterns(mapping, "exclude", "exclude: ['\\.ics$']"));
        Optional<Node> loginNode = mapping.get("login");
        if (loginNode.isEmpty()) {
            return organisation;
        }
        LoginReader.Login login = logins.read(loginNode.get(), organisation);
        loginForms.put(name, login.form());
        // logout-like addresses join the exclude patterns, so nothing of ketenscan ever requests them
        List<Pattern> exclude = new ArrayList<>(organisation.exclude());
        exclude.addAll(login.neverFollow());
        return new Organisation(name, role, seeds, hosts, organisation.include(), exclude);
    }

    private Role role(Node node) throws ConfigException {
        String text = nodes.scalar(node, "role", "role: gemeente");
        String id = text.toLowerCase(Locale.ROOT);
        if (!ROLES.contains(id)) {
            String hint = ClosestName.among(ROLES, id).map(closest -> " (did you mean " + closest + "?)").orElse("");
            throw nodes.error(node, "role '" + text + "' is not known; write gemeente or ketenpartner" + hint);
        }
        return Role.fromId(id);
    }

    private List<String> seeds(Node node, String organisation) throws ConfigException {
        List<ScalarNode> items = nodes.scalars(node, "seeds", SEEDS_EXAMPLE);
        if (items.isEmpty()) {
            throw nodes.error(node, "organisation '" + organisation + "' has no seeds; add at least one, e.g. " + SEEDS_EXAMPLE);
        }
        List<String> seeds = new ArrayList<>();
        for (ScalarNode item : items) {
            String seed = item.getValue().strip();
            try {
                SeedUrl.parse(seed);
            } catch (IllegalArgumentException e) {
                throw nodes.error(item, "seed " + e.getMessage());
            }
            seeds.add(seed);
        }
        return seeds;
    }

    private String host(ScalarNode node) throws ConfigException {
        String text = node.getValue().strip();
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            String host = text.substring(scheme + "://".length()).split("[/:?#]", 2)[0];
            throw nodes.error(node, "allowedHosts lists host names, not URLs; write only the host: " + host);
        }
        if (text.contains("*")) {
            throw nodes.error(node, "allowedHosts has no wildcards; list each host, e.g. formulieren.helmond.nl");
        }
        if (!HOST.matcher(text).matches()) {
            throw nodes.error(node, "'" + text + "' is not a host name; write it like formulieren.helmond.nl");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private List<Pattern> patterns(ConfigMapping mapping, String key, String example) throws ConfigException {
        List<Pattern> patterns = new ArrayList<>();
        for (ScalarNode item : optionalList(mapping, key, example)) {
            String regex = item.getValue();
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw nodes.error(item, key + " pattern '" + regex + "' is not a valid regular expression ("
                        + e.getDescription() + " at position " + e.getIndex() + "); write a Java regular expression"
                        + " in single quotes and escape . ? ( [ with a backslash, e.g. " + example);
            }
        }
        return patterns;
    }

    private List<ScalarNode> optionalList(ConfigMapping mapping, String key, String example) throws ConfigException {
        Optional<Node> node = mapping.get(key);
        return node.isPresent() ? nodes.scalars(node.get(), key, example) : List.of();
    }
}
