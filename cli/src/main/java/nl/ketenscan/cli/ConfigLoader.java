package nl.ketenscan.cli;

import nl.ketenscan.crawler.Limits;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a configuration file (see docs/config.md) or the organisation options of the command line
 * into a {@link ScanConfig}.
 *
 * <p>The file is composed into SnakeYAML nodes, never bound to classes: nodes keep the line and
 * column of everything, so each mistake is reported where it was made, and no YAML tag can make
 * the loader build an object.
 */
public final class ConfigLoader {

    private static final List<String> TOP_LEVEL_KEYS = List.of("organisations", "limits");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, ChronoUnit> TIME_UNITS =
            Map.of("ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS);
    private static final Map<String, Long> SIZE_UNITS =
            Map.of("b", 1L, "kb", 1024L, "mb", 1024L * 1024, "gb", 1024L * 1024 * 1024);

    private ConfigLoader() {
    }

    /** @throws ConfigException naming the file, line and column, and what to write instead */
    public static ScanConfig load(Path file) throws ConfigException {
        return load(file, System.getenv());
    }

    /** @param environment where a login's {@code {env: NAME}} is looked up */
    public static ScanConfig load(Path file, Map<String, String> environment) throws ConfigException {
        String name = file.toString();
        Node root = compose(file);
        NodeReader nodes = new NodeReader(name);
        if (root == null) {
            throw new ConfigException(name + ":1:1: the file is empty; add an organisations: list"
                    + " (see ketenscan.example.yml)");
        }
        ConfigMapping top = nodes.mapping(root, TOP_LEVEL_KEYS, "the top level",
                "the file must be a mapping with organisations: (and optionally limits:) at the top level");
        Node organisations = top.get("organisations").orElseThrow(() -> nodes.error(root,
                "the file has no organisations; add an organisations: list with at least one organisation"));
        Optional<Node> limits = top.get("limits");
        Path folder = file.toAbsolutePath().getParent();
        OrganisationReader reader = new OrganisationReader(nodes, new LoginReader(nodes, environment, folder));
        List<Organisation> read = reader.readAll(organisations);
        return new ScanConfig(read,
                limits.isPresent() ? new LimitsReader(nodes).read(limits.get()) : Limits.defaults(),
                reader.loginForms());
    }

    /**
     * Reads {@code --gemeente} and {@code --partner} values: {@code "Name=https://url"}, or the URL
     * alone, which names the organisation after the site's host ({@code helmond.nl}).
     *
     * @throws IllegalArgumentException saying what to write instead
     */
    public static Organisation parseOrganisationArgument(String arg, Role role) {
        String text = arg.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no organisation given; write \"Name=https://www.example.nl/\" or the URL alone");
        }
        int equals = text.indexOf('=');
        if (equals < 0 && !SeedUrl.hasHttpScheme(text) && text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + text + "' has no URL; write \"" + text
                    + "=https://www.example.nl/\" with the address where scanning starts");
        }
        if (equals < 0 || SeedUrl.hasHttpScheme(text)) {
            return Organisation.of(SeedUrl.siteName(SeedUrl.parse(text)), role, List.of(text));
        }
        String name = text.substring(0, equals).strip();
        String url = text.substring(equals + 1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no name before '='; write \"Name=" + url
                    + "\" or the URL alone");
        }
        SeedUrl.parse(url);
        return Organisation.of(name, role, List.of(url));
    }

    /**
     * A positive whole number with a unit: {@code 1500ms}, {@code 20s}, {@code 2m}, {@code 1h}.
     *
     * @throws IllegalArgumentException saying what to write instead
     */
    public static Duration parseDuration(String text) {
        String value = text.strip();
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' has no unit; write " + value + "s for seconds, or "
                    + value + "ms, " + value + "m or " + value + "h");
        }
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration; write a whole number with a unit:"
                    + " 1500ms, 20s, 2m or 1h");
        }
        Duration duration;
        try {
            duration = Duration.of(Long.parseLong(matcher.group(1)),
                    TIME_UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is too long; write a duration such as 20s or 2m");
        }
        if (duration.isZero()) {
            throw new IllegalArgumentException("'" + value + "' is no time at all; write a duration such as 20s or 2m");
        }
        return duration;
    }

    /**
     * A positive whole number of bytes with a unit: {@code 500KB}, {@code 10MB}, {@code 1GB},
     * {@code 2000B}. KB, MB and GB are multiples of 1024.
     *
     * @throws IllegalArgumentException saying what to write instead
     */
    public static long parseSize(String text) {
        String value = text.strip();
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' has no unit; write " + value + "MB, "
                    + value + "KB or " + value + "B");
        }
        Matcher matcher = SIZE.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a size; write a whole number with a unit:"
                    + " 500KB, 10MB or 1GB");
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(matcher.group(1)),
                    SIZE_UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is too large; write a size such as 10MB");
        }
        if (bytes == 0) {
            throw new IllegalArgumentException("'" + value + "' is nothing at all; write a size such as 10MB");
        }
        return bytes;
    }

    /** Reads a YAML file into nodes, turning every way it can be unreadable into a message with its position. */
    static Node compose(Path file) throws ConfigException {
        String name = file.toString();
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            throw syntaxError(name, e);
        } catch (YAMLException e) {
            throw yamlError(name, e);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such file; check the path, or start from ketenscan.example.yml");
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read (" + e.getMessage() + "); check that it is a readable file");
        }
    }

    private static ConfigException syntaxError(String file, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String hint = syntaxHint(problem);
        return mark == null
                ? new ConfigException(file + ": not valid YAML: " + problem + "; " + hint)
                : ConfigException.at(file, mark, "not valid YAML: " + problem + "; " + hint);
    }

    private static String syntaxHint(String problem) {
        if (problem.contains("escape character")) {
            return "write regular expressions in single quotes ('\\.pdf$'), where a backslash is just a backslash";
        }
        if (problem.contains("tag is not allowed")) {
            return "ketenscan reads plain values only; remove the tag";
        }
        return "check the indentation (spaces, not tabs) and put values containing ': ' or '#' in single quotes";
    }

    /**
     * SnakeYAML wraps read and decoding errors, which have no position, in a plain YAMLException.
     */
    private static ConfigException yamlError(String file, YAMLException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new ConfigException(file + ": not UTF-8 text; save the file as UTF-8");
        }
        if (e.getCause() instanceof IOException cause) {
            return new ConfigException(file + ": cannot be read (" + cause.getMessage()
                    + "); check that it is a readable file");
        }
        return new ConfigException(file + ": not valid YAML: " + e.getMessage());
    }
}
