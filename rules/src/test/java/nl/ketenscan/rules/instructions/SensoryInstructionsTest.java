package nl.ketenscan.rules.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

class SensoryInstructionsTest {

    private final SensoryInstructions rule = new SensoryInstructions();

    @Test
    void aBlockPointingByColourShapeOrPlaceIsAMinor133Finding() {
        List<Finding> findings = rule.check(RuleFixtures.page("sensory-instructions", "failing.html"));

        assertTrue(findings.stream().allMatch(f -> f.impact() == Impact.MINOR));
        assertEquals(List.of("1.3.3"), findings.get(0).criteria());
    }

    @Test
    void namesEveryPhraseOfABlockAsWrittenInOneFinding() {
        Finding tip = rule.check(RuleFixtures.page("sensory-instructions", "failing.html")).get(2);

        assertEquals(List.of(Message.of("sensory-instructions.phrases", "\"RECHTSBOVEN\", \"het tandwiel\"")),
                tip.message());
    }
}
