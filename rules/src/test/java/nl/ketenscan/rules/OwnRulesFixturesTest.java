package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The convention every own rule keeps: a fixture folder named after it with passing and failing
 * examples, failing pages that the rule reports and passing pages it leaves alone. Each rule's own
 * test says exactly which elements fail.
 */
class OwnRulesFixturesTest {

    static Stream<PageRule> pageRules() {
        return OwnRules.pageRules().stream();
    }

    static Stream<SiteRule> siteRules() {
        return OwnRules.siteRules().stream();
    }

    @ParameterizedTest
    @MethodSource("pageRules")
    void everyFailingFixtureIsReportedAndEveryPassingOneIsNot(PageRule rule) {
        String id = rule.info().id();
        List<Path> failing = RuleFixtures.files(id, "failing");
        List<Path> passing = RuleFixtures.files(id, "passing");
        assertFalse(failing.isEmpty(), id + " has no failing*.html fixture");
        assertFalse(passing.isEmpty(), id + " has no passing*.html fixture");
        for (Path file : failing) {
            List<Finding> findings = rule.check(RuleFixtures.parse(file));
            assertFalse(findings.isEmpty(), id + " reports nothing on " + file.getFileName());
            findings.forEach(f -> assertEquals(List.of(id, Engine.KETENSCAN), List.of(f.rule(), f.engine())));
        }
        for (Path file : passing) {
            assertEquals(List.of(), RuleFixtures.selectors(rule.check(RuleFixtures.parse(file))),
                    id + " reports on " + file.getFileName());
        }
    }

    @ParameterizedTest
    @MethodSource("siteRules")
    void everySiteRuleHasFolderOfFailingAndOfPassingPages(SiteRule rule) {
        Path folder = RuleFixtures.folder(rule.info().id());
        assertTrue(Files.isDirectory(folder.resolve("failing")), rule.info().id() + " has no failing/ pages");
        assertTrue(Files.isDirectory(folder.resolve("passing")), rule.info().id() + " has no passing/ pages");
    }

    @Test
    void everyRuleHasItsOwnIdAndSaysWhatItChecksInBothLanguages() {
        List<RuleInfo> infos = Stream.of(pageRules().map(PageRule::info), siteRules().map(SiteRule::info),
                OwnRules.browserAudits().stream().map(BrowserAudit::info)).flatMap(rules -> rules).toList();
        assertEquals(infos.size(), infos.stream().map(RuleInfo::id).distinct().count(), "two rules share an id");
        for (RuleInfo info : infos) {
            assertFalse(info.criteria().isEmpty(), info.id() + " names no WCAG criterion");
            assertFalse(info.descriptionNl().isBlank() || info.descriptionEn().isBlank(), info.id() + " lacks a description");
            assertEquals(info, OwnRules.info(info.id()).orElseThrow());
        }
        assertTrue(OwnRules.info("image-alt").isEmpty(), "axe rules are not own rules");
    }
}
