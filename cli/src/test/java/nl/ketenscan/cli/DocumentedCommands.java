package nl.ketenscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ketenscan commands written in docs/ci.md, as argument lists, so that tests run exactly what
 * the documentation tells teams to run. A command is a line holding {@code ketenscan <subcommand>}
 * (or the launcher {@code ketenscan/ketenscan}) inside a code block, after an optional YAML list dash.
 */
final class DocumentedCommands {

    private static final Pattern COMMAND = Pattern.compile("(?:^|[\\s-])(?:\\S*/)?ketenscan (scan|baseline|diff|report) (.*)$");
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

    private final List<List<String>> commands;

    private DocumentedCommands(List<List<String>> commands) {
        this.commands = List.copyOf(commands);
    }

    static DocumentedCommands ofCiDocs() {
        try (InputStream in = DocumentedCommands.class.getResourceAsStream("/ci.md")) {
            if (in == null) {
                throw new IllegalStateException("docs/ci.md is not on the test class path; see cli/pom.xml");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentedCommands parse(String markdown) {
        List<List<String>> commands = new ArrayList<>();
        boolean inCode = false;
        for (String line : markdown.lines().toList()) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            Matcher command = COMMAND.matcher(line.strip());
            if (inCode && command.find()) {
                List<String> args = new ArrayList<>(List.of(command.group(1)));
                Matcher token = TOKEN.matcher(command.group(2));
                while (token.find()) {
                    args.add(token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3));
                }
                commands.add(args);
            }
        }
        return new DocumentedCommands(commands);
    }

    List<List<String>> all() {
        return commands;
    }

    /** The distinct commands starting with these words and holding {@code option}, e.g. the scan with --baseline. */
    List<List<String>> with(List<String> start, String option, boolean present) {
        return commands.stream()
                .filter(c -> c.size() >= start.size() && c.subList(0, start.size()).equals(start))
                .filter(c -> c.contains(option) == present)
                .distinct().toList();
    }

    /** The one documented command of that shape, with values such as the URL and folders replaced. */
    String[] only(List<String> start, String option, boolean present, Map<String, String> replacements) {
        List<List<String>> matching = with(start, option, present);
        if (matching.size() != 1) {
            throw new AssertionError("docs/ci.md should show one " + start + " command " + (present ? "with " : "without ")
                    + option + ", written the same everywhere, but shows " + matching);
        }
        return matching.get(0).stream().map(a -> replacements.getOrDefault(a, a)).toArray(String[]::new);
    }
}
