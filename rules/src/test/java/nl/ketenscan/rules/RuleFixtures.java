package nl.ketenscan.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture pages of the own rules, under {@code src/test/resources/rules/<rule-id>/}: each rule's
 * {@code passing*.html} and {@code failing*.html}, parsed as the page at a Lindeveen URL named after
 * the file.
 */
public final class RuleFixtures {

    private RuleFixtures() {
    }

    public static Path folder(String ruleId) {
        try {
            return Path.of(RuleFixtures.class.getResource("/rules/" + ruleId).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture folder src/test/resources/rules/" + ruleId, e);
        }
    }

    /** @param file a path inside the rule's folder, such as {@code failing.html} or {@code passing/afval.html} */
    public static PageContent page(String ruleId, String file) {
        return parse(folder(ruleId).resolve(file));
    }

    public static PageContent parse(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.html$", "");
            return PageContent.parse("https://www.lindeveen.example/" + name + "/", Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule's fixture files whose names start with {@code prefix}, sorted by name. */
    public static List<Path> files(String ruleId, String prefix) {
        try (Stream<Path> files = Files.list(folder(ruleId))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The selectors of the findings, in the order the rule reported them. */
    public static List<String> selectors(List<Finding> findings) {
        return findings.stream().map(Finding::selector).toList();
    }
}
