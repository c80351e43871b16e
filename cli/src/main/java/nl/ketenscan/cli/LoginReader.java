package nl.ketenscan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.crawl.UrlNormalizer;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.crawler.login.Secret;
import nl.ketenscan.crawler.login.SuccessSign;
import nl.ketenscan.rules.Organisation;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code login:} of an organisation: its form and the words of addresses never to follow.
 * A user name or password is read from an environment variable or a file, never written in the
 * configuration itself (which is shared, committed, and shown in CI logs); a mistake names the key,
 * variable or file, never a value.
 */
final class LoginReader {

    private static final List<String> KEYS = List.of("url", "username", "password", "fields", "submit", "loggedIn",
            "neverFollow");
    private static final List<String> SOURCE_KEYS = List.of("env", "file");
    private static final List<String> FIELD_KEYS = List.of("username", "password");
    private static final List<String> SIGN_KEYS = List.of("element", "url");
    private static final String SECRET_EXAMPLE = "{env: KETENSCAN_LOGIN_PASSWORD} or {file: wachtwoord.txt}";

    /**
     * The words of logout-like addresses, searched in every URL of an organisation with a login; the one
     * request that would end the session (or the account) is never made. Spaces stand for nothing, a
     * hyphen, an underscore, a dot, a plus, a slash or %20, so {@code log out} covers logout, log-out and log/out.
     */
    static final List<String> NEVER_FOLLOW = List.of("uitloggen", "afmelden", "log out", "log off", "sign out",
            "account verwijderen", "verwijder account", "delete account", "opzeggen");

    /** An organisation's login: its form and the patterns added to its exclude list. */
    record Login(LoginForm form, List<Pattern> neverFollow) {
    }

    private final NodeReader nodes;
    private final Map<String, String> environment;
    private final Path folder;

    /**
     * @param environment where {@code {env: NAME}} is looked up
     * @param folder      the configuration file's folder, against which {@code {file: path}} is read
     */
    LoginReader(NodeReader nodes, Map<String, String> environment, Path folder) {
        this.nodes = nodes;
        this.environment = environment;
        this.folder = folder;
    }

    Login read(Node node, Organisation organisation) throws ConfigException {
        ConfigMapping mapping = nodes.mapping(node, KEYS, "a login",
                "login must be a mapping with url, username, password, fields, submit and loggedIn (see docs/config.md)");
        String url = nodes.scalar(required(mapping, "url", "url: https://mijn.bibliotheek.nl/inloggen"), "url",
                "url: https://mijn.bibliotheek.nl/inloggen");
        if (UrlNormalizer.normalise(url).filter(Scope.of(organisation)::allows).isEmpty()) {
            throw nodes.error(mapping.get("url").orElseThrow(), "the login url " + url + " is not in the scope of '"
                    + organisation.name() + "'; it must be on a host of its seeds or allowedHosts, and match its"
                    + " include patterns");
        }
        Secret username = secret(required(mapping, "username", "username: {env: KETENSCAN_LOGIN_USER}"), "username");
        Secret password = secret(required(mapping, "password", "password: " + SECRET_EXAMPLE), "password");
        ConfigMapping fields = nodes.mapping(required(mapping, "fields",
                        "fields: {username: '#gebruikersnaam', password: '#wachtwoord'}"), FIELD_KEYS, "fields",
                "fields must be a mapping: fields: {username: '#gebruikersnaam', password: '#wachtwoord'}");
        String usernameField = nodes.scalar(required(fields, "username", "username: '#gebruikersnaam'"),
                "fields.username", "username: '#gebruikersnaam' or username: Gebruikersnaam");
        String passwordField = nodes.scalar(required(fields, "password", "password: '#wachtwoord'"),
                "fields.password", "password: '#wachtwoord' or password: Wachtwoord");
        String submit = nodes.scalar(required(mapping, "submit", "submit: 'button[type=submit]'"), "submit",
                "submit: 'button[type=submit]' or submit: Inloggen");
        SuccessSign loggedIn = sign(required(mapping, "loggedIn", "loggedIn: {element: '#uitloggen'}"));
        List<Pattern> neverFollow = neverFollow(mapping);
        return new Login(new LoginForm(url, usernameField, passwordField, submit, loggedIn, username, password,
                neverFollow), neverFollow);
    }

    private Node required(ConfigMapping mapping, String key, String example) throws ConfigException {
        return mapping.get(key).orElseThrow(() -> nodes.error(mapping.node(), "this login has no " + key
                + "; add " + example));
    }

    private Secret secret(Node node, String key) throws ConfigException {
        if (!(node instanceof MappingNode)) {
            // the value itself is never repeated: it may be the password
            throw nodes.error(node, key + " must not be written in the configuration; give where ketenscan reads it: "
                    + key + ": " + SECRET_EXAMPLE);
        }
        ConfigMapping source = nodes.mapping(node, SOURCE_KEYS, key, key + ": " + SECRET_EXAMPLE);
        if (source.values().size() != 1) {
            throw nodes.error(node, key + " needs exactly one of env or file, e.g. " + key + ": " + SECRET_EXAMPLE);
        }
        if (source.get("env").isPresent()) {
            String name = nodes.scalar(source.get("env").get(), key + ".env", "{env: KETENSCAN_LOGIN_PASSWORD}");
            String value = environment.get(name);
            if (value == null || value.isEmpty()) {
                throw nodes.error(node, "the environment variable " + name + " for the login's " + key
                        + " is not set; set it before starting the scan");
            }
            return new Secret("$" + name, value);
        }
        String written = nodes.scalar(source.get("file").orElseThrow(() -> nodes.error(node,
                key + " needs exactly one of env or file, e.g. " + key + ": " + SECRET_EXAMPLE)), key + ".file",
                "{file: wachtwoord.txt}");
        Path file = folder.resolve(written);
        String value;
        try {
            value = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\\R\\z", "");
        } catch (IOException e) {
            throw nodes.error(node, "the file " + file + " for the login's " + key + " cannot be read ("
                    + e.getClass().getSimpleName() + "); a relative path is read from the configuration file's folder");
        }
        if (value.isEmpty()) {
            throw nodes.error(node, "the file " + file + " for the login's " + key + " is empty");
        }
        return new Secret(file.toString(), value);
    }

    private SuccessSign sign(Node node) throws ConfigException {
        String example = "loggedIn: {element: '#uitloggen'} or loggedIn: {url: '^https://mijn\\.bibliotheek\\.nl/'}";
        ConfigMapping sign = nodes.mapping(node, SIGN_KEYS, "loggedIn", "loggedIn must be a mapping: " + example);
        if (sign.values().size() != 1) {
            throw nodes.error(node, "loggedIn needs exactly one of element or url: " + example);
        }
        if (sign.get("element").isPresent()) {
            return new SuccessSign.Element(nodes.scalar(sign.get("element").get(), "loggedIn.element", example));
        }
        Node urlNode = sign.get("url").orElseThrow(() -> nodes.error(node, "loggedIn needs element or url: " + example));
        String regex = nodes.scalar(urlNode, "loggedIn.url", example);
        try {
            return new SuccessSign.Url(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw nodes.error(urlNode, "loggedIn url '" + regex + "' is not a valid regular expression ("
                    + e.getDescription() + "); write a Java regular expression in single quotes");
        }
    }

    private List<Pattern> neverFollow(ConfigMapping mapping) throws ConfigException {
        List<String> words = new ArrayList<>();
        if (mapping.get("neverFollow").isPresent()) {
            for (var item : nodes.scalars(mapping.get("neverFollow").get(), "neverFollow", "neverFollow: [uitloggen, afmelden]")) {
                words.add(item.getValue().strip());
            }
        } else {
            words.addAll(NEVER_FOLLOW);
        }
        return words.stream().filter(word -> !word.isEmpty()).map(LoginReader::wordPattern).toList();
    }

    /** A word of an address or a link's name, case ignored; a space stands for nothing, -, _, ., +, /, a space or %20. */
    static Pattern wordPattern(String word) {
        List<String> parts = List.of(word.strip().split("\\s+"));
        // the flag inline, so the pattern keeps it as text in the scan store
        return Pattern.compile("(?i)" + String.join("(?:[-_.+/\\s]|%20)?", parts.stream().map(Pattern::quote).toList()));
    }
}
