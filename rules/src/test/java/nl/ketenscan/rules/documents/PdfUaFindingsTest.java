package nl.ketenscan.rules.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class PdfUaFindingsTest {

    @Test
    void aFailedCheckIsAFindingOfVeraPdfOnItsClausesCriterionForAPersonToJudge() {
        List<Finding> findings = PdfUaFindings.of(List.of(new PdfUaFailure("7.3", 1, "Figure tags shall include Alt", 2)));

        assertEquals(1, findings.size());
        Finding figure = findings.get(0);
        assertEquals("pdfua-7.3-1", figure.rule());
        assertEquals(Engine.VERAPDF, figure.engine());
        assertEquals(Outcome.NEEDS_REVIEW, figure.outcome());
        assertEquals(List.of("1.1.1"), figure.criteria());
        assertEquals(List.of(Message.of("pdfua.failed", "7.3-1", 2, "Figure tags shall include Alt")), figure.message());
    }

    @Test
    void aSubclauseTakesItsClausesCriteriaAndPdfUaOnlyClausesAreLeftOut() {
        assertEquals(List.of("4.1.2"), PdfUaFindings.criteria("7.18.1"));
        assertEquals(List.of("1.3.1"), PdfUaFindings.criteria("7.1"));
        assertEquals(List.of(), PdfUaFindings.criteria("7.21.4.1"));
        assertEquals(List.of(), PdfUaFindings.criteria("6.2"));
        assertEquals(List.of(), PdfUaFindings.of(List.of(new PdfUaFailure("7.21.4.1", 1, "Fonts embedded", 3))));
    }
}
