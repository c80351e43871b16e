package nl.ketenscan.rules.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The document rules on facts written inline, one defect at a time; that the crawler reads those
 * facts from real PDFs is proven in the crawler's {@code PdfReaderTest}.
 */
class PdfRulesTest {

    /** Tagged, in Dutch, titled and shown, text on every page, bookmarks, named fields. */
    private static final PdfFacts ACCESSIBLE = new PdfFacts(30, true, "nl-NL", "Jaarverslag 2025", true, 30, 0,
            true, 2, 0, false, null);

    @Test
    void anAccessiblePdfGetsNoFinding() {
        assertEquals(List.of(), OwnRules.check(ACCESSIBLE));
    }

    @Test
    void anUntaggedPdfFails131() {
        assertEquals(Map.of("pdf-tagged", "failed 1.3.1"), outcomes(with(false, "nl", "Titel", true, 30, 0, true, 0)));
    }

    @Test
    void aPdfWithoutLanguageFails311() {
        assertEquals(Map.of("pdf-language", "failed 3.1.1"), outcomes(with(true, " ", "Titel", true, 30, 0, true, 0)));
    }

    @Test
    void aPdfWithoutTitleOrWithItsTitleHiddenFails242() {
        assertEquals(Map.of("pdf-title", "failed 2.4.2"), outcomes(with(true, "nl", null, true, 30, 0, true, 0)));
        List<Finding> hidden = OwnRules.check(with(true, "nl", "Titel", false, 30, 0, true, 0));
        assertEquals(Map.of("pdf-title", "failed 2.4.2"), outcomes(hidden));
        assertEquals(Message.of("pdf-title.title-not-shown"), only(hidden.get(0)));
    }

    @Test
    void aScanFails111AndSomeImagePagesAmongTextAreForAPersonToJudge() {
        assertEquals(Map.of("pdf-scanned", "failed 1.1.1"), outcomes(with(true, "nl", "Titel", true, 0, 30, true, 0)));
        assertEquals(Map.of("pdf-scanned", "needs-review 1.1.1"),
                outcomes(with(true, "nl", "Titel", true, 28, 2, true, 0)));
    }

    @Test
    void aLongPdfWithoutBookmarksIsForReviewAShortOneNeedsNone() {
        assertEquals(Map.of("pdf-bookmarks", "needs-review 2.4.5"),
                outcomes(with(true, "nl", "Titel", true, 30, 0, false, 0)));
        PdfFacts shortOne = new PdfFacts(PdfFacts.LONG_DOCUMENT_PAGES, true, "nl", "Titel", true,
                PdfFacts.LONG_DOCUMENT_PAGES, 0, false, 0, 0, false, null);
        assertEquals(List.of(), OwnRules.check(shortOne));
    }

    @Test
    void formFieldsWithoutANameFail412() {
        List<Finding> findings = OwnRules.check(with(true, "nl", "Titel", true, 30, 0, true, 1));
        assertEquals(Map.of("pdf-form-field-names", "failed 4.1.2"), outcomes(findings));
        assertEquals(Message.of("pdf-form-field-names.unnamed", 1, 2), only(findings.get(0)));
    }

    @Test
    void securityThatForbidsAccessibilityIsForReview() {
        PdfFacts blocked = new PdfFacts(30, true, "nl", "Titel", true, 30, 0, true, 2, 0, true, null);
        assertEquals(Map.of("pdf-accessibility-permission", "needs-review 1.3.1"), outcomes(OwnRules.check(blocked)));
    }

    private static PdfFacts with(boolean tagged, String lang, String title, boolean shown, int textPages,
                                 int imagePages, boolean bookmarks, int unnamedFields) {
        return new PdfFacts(textPages + imagePages, tagged, lang, title, shown, textPages, imagePages, bookmarks, 2,
                unnamedFields, false, null);
    }

    /** The finding's one sentence; {@code MessageBundleTest} proves each key is worded in Dutch and English. */
    private static Message only(Finding finding) {
        assertEquals(1, finding.message().size());
        return finding.message().get(0);
    }

    private static Map<String, String> outcomes(PdfFacts pdf) {
        return outcomes(OwnRules.check(pdf));
    }

    private static Map<String, String> outcomes(List<Finding> findings) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Finding finding : findings) {
            assertTrue(finding.outcome() == Outcome.FAILED || finding.outcome() == Outcome.NEEDS_REVIEW);
            outcomes.put(finding.rule(), finding.outcome().id() + " " + String.join(" ", finding.criteria()));
        }
        return outcomes;
    }
}
