package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of own rules; what each rule finds is proven by its fixtures, in {@link RuleFixturesTest}. */
class OwnRulesTest {

    @Test
    void everyRuleHasItsOwnIdAndSaysWhatItChecksInBothLanguages() {
        List<RuleInfo> infos = OwnRules.rules().stream().map(Rule::info).toList();
        assertEquals(OwnRules.pageRules().size() + OwnRules.siteRules().size() + OwnRules.browserAudits().size()
                + OwnRules.documentRules().size(), infos.size());
        assertEquals(infos.size(), infos.stream().map(RuleInfo::id).distinct().count(), "two rules share an id");
        for (RuleInfo info : infos) {
            assertFalse(info.criteria().isEmpty(), info.id() + " names no WCAG criterion");
            assertFalse(info.descriptionNl().isBlank() || info.descriptionEn().isBlank(), info.id() + " lacks a description");
            assertEquals(info, OwnRules.info(info.id()).orElseThrow());
        }
        assertTrue(OwnRules.info("image-alt").isEmpty(), "axe rules are not own rules");
    }

    @Test
    void everyBrowserAuditsArtifactIsNamedForTheChecksRecordAndVerdicts() {
        for (BrowserAudit<?> audit : OwnRules.browserAudits()) {
            assertFalse(BrowserCheckNames.of(audit.artifact()).isBlank(), audit.info().id());
        }
    }
}
