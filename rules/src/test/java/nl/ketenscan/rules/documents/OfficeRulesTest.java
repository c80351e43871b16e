package nl.ketenscan.rules.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.exemption.DocumentKind;
import org.junit.jupiter.api.Test;

/**
 * The office-file rules on facts written inline, one defect at a time; that the crawler reads those
 * facts from real files is proven in the crawler's {@code OfficeReaderTest}.
 */
class OfficeRulesTest {

    /** Titled, in Dutch, two headings, a picture with alt text, a table with a header row. */
    private static final OfficeFacts ACCESSIBLE = new OfficeFacts(DocumentKind.WORD, "Nota", "nl-NL", 2, List.of(), 0,
            1, List.of(), 0, 1, 0);

    @Test
    void anAccessibleFileGetsNoFindingAndNoPdfRuleSpeaksOfIt() {
        assertEquals(List.of(), OwnRules.check(ACCESSIBLE));
    }

    @Test
    void noTitleFails242AndNoLanguageFails311() {
        OfficeFacts bare = new OfficeFacts(DocumentKind.WORD, " ", null, 2, List.of(), 0, 0, List.of(), 0, 0, 0);
        assertEquals(Map.of("office-title", "failed 2.4.2", "office-language", "failed 3.1.1"), outcomes(bare));
    }

    @Test
    void aSpreadsheetIsNotJudgedOnLanguage() {
        OfficeFacts sheet = new OfficeFacts(DocumentKind.EXCEL, "Begroting", null, 0, List.of(), 0, 0, List.of(), 0, 0, 0);
        assertEquals(Map.of(), outcomes(sheet));
    }

    @Test
    void picturesWithoutAltTextFail111WithTheirNames() {
        OfficeFacts facts = new OfficeFacts(DocumentKind.POWERPOINT, "Nota", "nl", 0, List.of(), 0, 3,
                List.of("Afbeelding 2"), 1, 0, 0);
        List<Finding> findings = OwnRules.check(facts);
        assertEquals(Map.of("office-image-alt", "failed 1.1.1"), outcomes(findings));
        assertEquals("Afbeelding 2", findings.get(0).snippet());
        assertEquals(List.of(Message.of("office-image-alt.missing", 1, 3)), findings.get(0).message());
    }

    @Test
    void boldLinesThatLookLikeHeadingsAndTablesWithoutHeaderRowAreForAPersonToJudge() {
        OfficeFacts facts = new OfficeFacts(DocumentKind.OPENDOCUMENT, "Nota", "nl", 0, List.of("Inleiding", "Besluit"),
                2, 0, List.of(), 0, 2, 1);
        assertEquals(Map.of("office-headings", "needs-review 1.3.1", "office-table-header", "needs-review 1.3.1"),
                outcomes(facts));
    }

    private static Map<String, String> outcomes(OfficeFacts facts) {
        return outcomes(OwnRules.check(facts));
    }

    private static Map<String, String> outcomes(List<Finding> findings) {
        Map<String, String> outcomes = new TreeMap<>();
        findings.forEach(f -> outcomes.put(f.rule(), f.outcome().id() + " " + String.join(" ", f.criteria())));
        return outcomes;
    }
}
