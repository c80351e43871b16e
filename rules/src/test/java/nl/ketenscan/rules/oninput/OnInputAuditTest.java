package nl.ketenscan.rules.oninput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.MessageBundles;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.Test;

class OnInputAuditTest {

    @Test
    void aSelectThatTriedToSubmitAndNavigateFailsSayingBoth() {
        List<Finding> findings = new OnInputAudit().audit(new InputChanges(2, List.of(
                new InputChanges.ContextChange("#wijk", "<select id=wijk>", List.of("submit", "navigate")))));

        assertEquals(List.of(Outcome.FAILED), findings.stream().map(Finding::outcome).toList());
        assertEquals(List.of("3.2.2"), findings.get(0).criteria());
        MessageBundles.worded(findings);
        Message said = findings.get(0).message().get(0);
        assertTrue(MessageBundles.text(said, "nl").contains("verstuurt het formulier en opent een andere pagina"),
                said.toString());
        assertTrue(MessageBundles.text(said, "en").contains("submits the form and opens another page"), said.toString());
    }

    @Test
    void aSelectThatOpenedAWindowSaysSo() {
        Message said = MessageBundles.worded(new OnInputAudit().audit(new InputChanges(1, List.of(
                new InputChanges.ContextChange("#taal", "<select id=taal>", List.of("window")))))).get(0).message().get(0);

        assertTrue(MessageBundles.text(said, "en").startsWith("Choosing another option in this list opens a new window"
                + " at once"), MessageBundles.text(said, "en"));
    }

    @Test
    void selectsThatTriedNothingSayNothing() {
        assertEquals(List.of(), new OnInputAudit().audit(new InputChanges(3, List.of())));
    }
}
