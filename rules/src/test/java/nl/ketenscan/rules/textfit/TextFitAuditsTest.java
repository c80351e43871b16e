package nl.ketenscan.rules.textfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class TextFitAuditsTest {

    private static final ClippedText TILE = new ClippedText("#tile", "<div id=\"tile\">Paspoort aanvragen</div>",
            "#tiles", "Paspoort aanvragen");

    @Test
    void textCutOffBySpacingFailsTextSpacing() {
        List<Finding> findings = new TextSpacingAudit().audit(new SpacedText(List.of(TILE), List.of()));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(List.of(Outcome.FAILED, "text-spacing-clipped", List.of("1.4.12"), "#tile"),
                List.of(finding.outcome(), finding.rule(), finding.criteria(), finding.selector()));
        assertEquals(List.of(Message.of("text-spacing-clipped.clipped-by", "Paspoort aanvragen", "#tiles")),
                finding.message());
    }

    @Test
    void textRunningIntoOtherTextFailsTextSpacingOverlap() {
        OverlappingText caption = new OverlappingText("#tile > h2", "<h2>Paspoort</h2>", "Paspoort", "#tile > p",
                "Vraag uw paspoort aan");

        List<Finding> findings = new TextSpacingOverlapAudit().audit(new SpacedText(List.of(), List.of(caption)));

        assertEquals(List.of(Outcome.FAILED, "text-spacing-overlap", List.of("1.4.12"), "#tile > h2"),
                List.of(findings.get(0).outcome(), findings.get(0).rule(), findings.get(0).criteria(),
                        findings.get(0).selector()));
        assertEquals(List.of(Message.of("text-spacing-overlap.overlaps", "Paspoort", "Vraag uw paspoort aan",
                "#tile > p")), findings.get(0).message());
        assertEquals(List.of(), new TextSpacingOverlapAudit().audit(new SpacedText(List.of(TILE), List.of())),
                "clipping is the other rule's");
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
                new TextSpacingAudit().audit(new SpacedText(Collections.nCopies(40, TILE), List.of())).size());
    }
}
