package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a rule on each fixture page under {@code rules/<rule-id>/} and compares its findings with
 * what the page marks as expected: {@code data-expect="failed:en"} on an element means the rule
 * must fail that element and tell to set {@code lang="en"}; passing pages mark nothing.
 */
final class RuleFixtures {

    private RuleFixtures() {
    }

    static Stream<DynamicTest> of(PageRule rule) {
        Path dir = folder(rule.info().id());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(rule, file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(PageRule rule, Path file) throws IOException {
        String name = file.getFileName().toString();
        PageContent page = PageContent.parse("http://127.0.0.1/" + name, Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> expected = new TreeMap<>();
        for (Element element : page.document().select("[data-expect]")) {
            expected.put(element.cssSelector(), element.attr("data-expect"));
        }
        assertEquals(name.startsWith("failing"), !expected.isEmpty(),
                name + ": failing fixtures mark what must be found, passing ones nothing");
        Map<String, String> actual = new TreeMap<>();
        for (Finding finding : rule.check(page)) {
            assertEquals(rule.info().id(), finding.rule());
            assertEquals(1, finding.message().size());
            actual.put(finding.selector(), finding.outcome().id() + ":" + advisedLang(finding.message().get(0)));
        }
        assertEquals(expected, actual, name);
    }

    /** The lang the message tells the editor to set: its last argument. */
    private static String advisedLang(Message message) {
        return String.valueOf(message.args().get(message.args().size() - 1));
    }

    private static Path folder(String ruleId) {
        URL url = RuleFixtures.class.getResource("/rules/" + ruleId);
        if (url == null) {
            throw new IllegalStateException("no fixtures under src/test/resources/rules/" + ruleId);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
