package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The one test of every own rule's fixtures, so adding a rule needs no test class to prove it finds
 * what it should: each rule of {@link OwnRules} has a folder {@code src/test/resources/fixtures/<rule-id>/}
 * with at least one page on which it finds something and one on which it finds nothing, and it finds
 * exactly what the folder expects there, element by element and outcome by outcome.
 *
 * <p>A page rule's folder holds {@code *.html} pages and one {@code expected.json} naming, per page,
 * the elements the rule fails and those it asks to review
 * ({@code {"failing.html": {"failed": ["#inhoud > p"], "needs-review": []}, "passing.html": {}}}); see
 * {@link FindingTargets} for how selectors are compared. A site rule's folder holds one or more
 * {@code site*.json}, each a site of pages with the findings expected per URL ({@link SiteFixture}).
 * Tests that say more than this, such as a message's wording, stay in the rule's own test class.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicNode> pageRules() {
        return OwnRules.pageRules().stream().map(rule -> dynamicContainer(rule.info().id(), pageRuleTests(rule)));
    }

    @TestFactory
    Stream<DynamicNode> siteRules() {
        return OwnRules.siteRules().stream().map(rule -> dynamicContainer(rule.info().id(), siteRuleTests(rule)));
    }

    private static Stream<DynamicNode> pageRuleTests(PageRule rule) {
        String id = rule.info().id();
        Optional<Path> folder = RuleFixtures.find(id);
        Path expectedFile = folder.map(f -> f.resolve("expected.json")).orElse(null);
        if (expectedFile == null || !Files.isRegularFile(expectedFile)) {
            return Stream.of(dynamicTest("has fixtures", () -> {
                throw new AssertionError(id + " has no src/test/resources/fixtures/" + id + "/expected.json");
            }));
        }
        Map<String, ExpectedFindings> expected = ExpectedFindings.readFile(expectedFile);
        List<String> pages = RuleFixtures.files(folder.get(), ".html").stream().map(p -> p.getFileName().toString()).toList();
        DynamicNode complete = dynamicTest("has a failing and a passing page, each with its expectation", () -> {
            assertEquals(new TreeSet<>(pages), new TreeSet<>(expected.keySet()),
                    id + ": the pages of the folder and those in expected.json differ");
            assertTrue(expected.values().stream().anyMatch(e -> !e.none()), id + " has no page it finds something on");
            assertTrue(expected.values().stream().anyMatch(ExpectedFindings::none), id + " has no page it passes ({})");
        });
        Stream<DynamicNode> perPage = pages.stream().filter(expected::containsKey).map(name -> dynamicTest(name, () -> {
            PageContent page = RuleFixtures.parse(folder.get().resolve(name));
            List<Finding> findings = rule.check(page);
            assertOwn(rule.info(), findings, name);
            assertFound(expected.get(name), findings, page.document(), id + " on " + name);
        }));
        return Stream.concat(Stream.of(complete), perPage);
    }

    private static Stream<DynamicNode> siteRuleTests(SiteRule rule) {
        String id = rule.info().id();
        List<Path> sites = RuleFixtures.find(id)
                .map(folder -> RuleFixtures.files(folder, ".json").stream()
                        .filter(f -> f.getFileName().toString().startsWith("site")).toList())
                .orElse(List.of());
        if (sites.isEmpty()) {
            return Stream.of(dynamicTest("has fixtures", () -> {
                throw new AssertionError(id + " has no src/test/resources/fixtures/" + id + "/site.json");
            }));
        }
        Map<Path, SiteFixture> fixtures = new LinkedHashMap<>();
        sites.forEach(file -> fixtures.put(file, SiteFixture.read(file)));
        DynamicNode complete = dynamicTest("has a failing and a passing page", () -> {
            List<ExpectedFindings> perPage = new ArrayList<>();
            for (SiteFixture site : fixtures.values()) {
                Set<String> urls = new TreeSet<>(site.pages().stream().map(PageResult::url).toList());
                assertTrue(urls.containsAll(site.expected().keySet()), id + " expects findings on a URL that is no page of its site");
                site.pages().forEach(page -> perPage.add(site.expectedAt(page.url())));
            }
            assertTrue(perPage.stream().anyMatch(e -> !e.none()), id + " has no page it finds something on");
            assertTrue(perPage.stream().anyMatch(ExpectedFindings::none), id + " has no page it passes");
        });
        Stream<DynamicNode> perSite = sites.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            SiteFixture site = fixtures.get(file);
            Map<String, List<Finding>> found = rule.check(site.pages());
            assertTrue(site.pages().stream().map(PageResult::url).toList().containsAll(found.keySet()),
                    id + " reports on a URL that is no page of the site: " + found.keySet());
            for (PageResult page : site.pages()) {
                List<Finding> findings = found.getOrDefault(page.url(), List.of());
                String where = id + " on " + file.getFileName() + " " + page.url();
                assertOwn(rule.info(), findings, where);
                assertFound(site.expectedAt(page.url()), findings, site.documents().get(page.url()), where);
            }
        }));
        return Stream.concat(Stream.of(complete), perSite);
    }

    private static void assertOwn(RuleInfo info, List<Finding> findings, String where) {
        for (Finding finding : findings) {
            assertEquals(List.of(info.id(), Engine.KETENSCAN), List.of(finding.rule(), finding.engine()), where);
            assertFalse(finding.message().isEmpty(), where + ": a finding without message");
            MessageBundles.assertWorded(finding.message(), where);
        }
    }

    private static void assertFound(ExpectedFindings expected, List<Finding> findings, Document page, String where) {
        assertEquals(FindingTargets.ofExpected(expected, page, where), FindingTargets.ofFindings(findings, page, where), where);
    }
}
