package nl.ketenscan.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fixtures of the own rules, one folder per rule under {@code src/test/resources/fixtures/<rule-id>/}
 * (see docs/architecture.md, "How to add a rule"): a page rule's {@code *.html} pages and their
 * {@code expected.json}, a site rule's {@code site*.json} sites. Every page is parsed as the page at
 * {@link #PAGE_URL}, as the crawler parses a page it fetched, so a fixture judges the same wherever it
 * is read from.
 */
public final class RuleFixtures {

    /** Where every fixture page is, so relative links in it resolve the same in every test. */
    public static final String PAGE_URL = "https://gemeente.example/pagina/";

    private RuleFixtures() {
    }

    /** The rule's fixture folder, if it has one. */
    public static Optional<Path> find(String ruleId) {
        URL url = RuleFixtures.class.getResource("/fixtures/" + ruleId);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path folder(String ruleId) {
        return find(ruleId).orElseThrow(() -> new IllegalStateException(
                "no fixture folder src/test/resources/fixtures/" + ruleId));
    }

    /** @param file a page in the rule's folder, such as {@code failing.html} */
    public static PageContent page(String ruleId, String file) {
        return parse(folder(ruleId).resolve(file));
    }

    public static PageContent parse(Path file) {
        return parse(file, PAGE_URL);
    }

    public static PageContent parse(Path file, String url) {
        try {
            return PageContent.parse(url, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in the rule's folder whose names end with {@code suffix}, sorted by name. */
    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The selectors of the findings, in the order the rule reported them. */
    public static List<String> selectors(List<Finding> findings) {
        return findings.stream().map(Finding::selector).toList();
    }
}
