package nl.ketenscan.rules.oninput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class OnInputAuditTest {

    @Test
    void aSelectThatTriedToSubmitAndNavigateFailsSayingBoth() {
        List<Finding> findings = new OnInputAudit().audit(new InputChanges(2, List.of(
                new InputChanges.ContextChange("#wijk", "<select id=wijk>", List.of("submit", "navigate")))));

        assertEquals(List.of(Outcome.FAILED), findings.stream().map(Finding::outcome).toList());
        assertEquals(List.of("3.2.2"), findings.get(0).criteria());
        assertTrue(findings.get(0).message().toString().contains("verstuurt het formulier en opent een andere pagina"),
                findings.get(0).message().toString());
    }

    @Test
    void selectsThatTriedNothingSayNothing() {
        assertEquals(List.of(), new OnInputAudit().audit(new InputChanges(3, List.of())));
    }
}
