package nl.ketenscan.rules.textfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class TextFitAuditsTest {

    private static final ClippedText TILE = new ClippedText("#tile", "<div id=\"tile\">Paspoort aanvragen</div>",
            "#tiles", "Paspoort aanvragen");

    @Test
    void textCutOffBySpacingFailsTextSpacing() {
        List<Finding> findings = new TextSpacingAudit().audit(new SpacedText(List.of(TILE)));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(List.of(Outcome.FAILED, "text-spacing-clipped", List.of("1.4.12"), "#tile"),
                List.of(finding.outcome(), finding.rule(), finding.criteria(), finding.selector()));
        assertTrue(finding.message().toString().contains("\"Paspoort aanvragen\"") && finding.message().toString().contains("#tiles"),
                finding.message().toString());
    }

    @Test
    void textCutOffByZoomFailsResizeTextWithItsActRule() {
        ResizeTextAudit audit = new ResizeTextAudit();
        List<Finding> findings = audit.audit(new ZoomedText(List.of(TILE)));

        assertEquals(List.of("1.4.4"), findings.get(0).criteria());
        assertEquals(List.of("59br37"), audit.info().actRules());
    }

    @Test
    void textThatStillFitsSaysNothingAndManyAreCappedPerPage() {
        assertEquals(List.of(), new ResizeTextAudit().audit(new ZoomedText(List.of())));
        assertEquals(ClippedTextFindings.MAX_FINDINGS,
                new TextSpacingAudit().audit(new SpacedText(Collections.nCopies(40, TILE))).size());
    }
}
