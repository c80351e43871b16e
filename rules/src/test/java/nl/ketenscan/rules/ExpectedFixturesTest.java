package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the page rules that have {@code fixtures/<rule-id>/expected.json} over their pages and holds
 * them to it: per page, the elements (by CSS selector) each outcome names, {@code {}} for a page that
 * passes. Stands in until the one generic fixture test lands on main; delete it then.
 */
class ExpectedFixturesTest {

    static Stream<PageRule> rulesWithExpectations() {
        return OwnRules.pageRules().stream()
                .filter(rule -> ExpectedFixturesTest.class.getResource("/fixtures/" + rule.info().id() + "/expected.json") != null);
    }

    @ParameterizedTest
    @MethodSource("rulesWithExpectations")
    void findsExactlyTheExpectedElements(PageRule rule) throws Exception {
        String id = rule.info().id();
        URL expectedFile = ExpectedFixturesTest.class.getResource("/fixtures/" + id + "/expected.json");
        Path folder = Path.of(expectedFile.toURI()).getParent();
        JsonNode expected = new ObjectMapper().readTree(expectedFile);
        boolean failing = false;
        boolean passing = false;
        for (Iterator<Map.Entry<String, JsonNode>> pages = expected.fields(); pages.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = pages.next();
            PageContent page = parse(folder.resolve(entry.getKey()));
            List<Finding> findings = rule.check(page);
            for (Outcome outcome : Outcome.values()) {
                Set<Element> wanted = elements(page, entry.getValue().path(outcome.id()), entry.getKey());
                Set<Element> found = identitySet();
                findings.stream().filter(f -> f.outcome() == outcome).forEach(f -> found.add(element(page, f.selector())));
                assertEquals(describe(wanted), describe(found), id + " " + outcome + " on " + entry.getKey());
            }
            findings.forEach(f -> assertEquals(id, f.rule()));
            failing |= !findings.isEmpty();
            passing |= findings.isEmpty();
        }
        assertTrue(failing && passing, id + " needs a page it reports and a page it passes");
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".html"))
                    .forEach(f -> assertTrue(expected.has(f.getFileName().toString()), f + " is not in expected.json"));
        }
    }

    private static PageContent parse(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.html$", "");
        return PageContent.parse("https://www.lindeveen.example/" + name + "/", Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Set<Element> elements(PageContent page, JsonNode selectors, String file) {
        Set<Element> elements = identitySet();
        selectors.forEach(selector -> {
            Element element = page.document().selectFirst(selector.asText());
            assertNotNull(element, selector.asText() + " selects nothing in " + file);
            elements.add(element);
        });
        return elements;
    }

    private static Element element(PageContent page, String selector) {
        assertFalse(selector == null || selector.isBlank(), "a finding without a selector");
        Element element = page.document().selectFirst(selector);
        assertNotNull(element, "the finding's selector " + selector + " selects nothing");
        return element;
    }

    private static Set<Element> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static List<String> describe(Set<Element> elements) {
        List<String> selectors = new ArrayList<>(elements.stream().map(Element::cssSelector).toList());
        selectors.sort(null);
        return selectors;
    }
}
