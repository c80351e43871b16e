package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageRule;
import nl.ketenscan.rules.RuleFixtures;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;

/**
 * What the language rules' fixtures say beyond the elements and outcomes that {@code RuleFixturesTest}
 * checks: the language each finding tells the editor to set. A fixture marks it on the element, as
 * {@code data-expect="failed:en"}: the rule must fail that element and tell to set {@code lang="en"};
 * passing pages mark nothing.
 */
final class LanguageFixtures {

    private LanguageFixtures() {
    }

    static Stream<DynamicTest> of(PageRule rule) {
        return RuleFixtures.files(RuleFixtures.folder(rule.info().id()), ".html").stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(rule, file)));
    }

    private static void check(PageRule rule, Path file) {
        String name = file.getFileName().toString();
        PageContent page = RuleFixtures.parse(file);
        Map<String, String> expected = new TreeMap<>();
        for (Element element : page.document().select("[data-expect]")) {
            expected.put(element.cssSelector(), element.attr("data-expect"));
        }
        Map<String, String> actual = new TreeMap<>();
        for (Finding finding : rule.check(page)) {
            assertEquals(1, finding.message().size());
            actual.put(finding.selector(), finding.outcome().id() + ":" + advisedLang(finding.message().get(0)));
        }
        assertEquals(expected, actual, name);
    }

    /** The lang the message tells the editor to set: its last argument. */
    private static String advisedLang(Message message) {
        return String.valueOf(message.args().get(message.args().size() - 1));
    }
}
