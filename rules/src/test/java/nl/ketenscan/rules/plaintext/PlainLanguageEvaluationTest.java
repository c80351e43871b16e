package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.PlainLanguage;
import org.junit.jupiter.api.Test;

/** The audit on municipal texts before and after a rewrite into B1: the rewrite must come out easier. */
class PlainLanguageEvaluationTest {

    static final String[] PAIRS = {
        "01-bijzondere-bijstand", "02-parkeervergunning", "03-afval", "04-paspoort", "05-verhuizing",
        "06-bezwaar", "07-wmo-hulpmiddel", "08-kwijtschelding", "09-omgevingsvergunning", "10-evenement",
        "11-schuldhulp", "12-huwelijk", "13-openingstijden", "14-bibliotheek", "15-mantelzorg"};

    private final PlainLanguageAudit audit = new PlainLanguageAudit();

    @Test
    void theRewriteIntoB1ComesOutEasierInAtLeastNinetyPercentOfThePairs() throws IOException {
        int easier = 0;
        List<String> notEasier = new ArrayList<>();
        for (String pair : PAIRS) {
            PlainLanguage before = judge(pair + ".before.txt");
            PlainLanguage after = judge(pair + ".after.txt");
            System.out.printf("%-26s before %5.1f %-12s FD %5.1f | after %5.1f %-12s FD %5.1f%n", pair,
                    before.difficulty(), before.level().id(), before.fleschDouma(), after.difficulty(),
                    after.level().id(), after.fleschDouma());
            if (after.difficulty() < before.difficulty()) {
                easier++;
            } else {
                notEasier.add(pair);
            }
        }
        assertTrue(easier >= Math.ceil(0.9 * PAIRS.length), easier + " of " + PAIRS.length
                + " rewrites came out easier; not: " + notEasier);
    }

    private PlainLanguage judge(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/plaintext/eval/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return audit.analyseText(text).orElseThrow(() -> new AssertionError(file + " was not judged"));
        }
    }
}
