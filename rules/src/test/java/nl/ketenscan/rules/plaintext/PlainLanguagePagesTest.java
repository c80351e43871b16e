package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.Judged;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.NotJudged;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages of {@code plaintext/pages/}: each judged, or not, as its {@code expected.json} says:
 * short texts get a level, text in another language none whatever its {@code lang}, a dashboard of
 * labels none.
 */
class PlainLanguagePagesTest {

    private static final String FOLDER = "/plaintext/pages/";
    private static final PlainLanguageAudit AUDIT = new PlainLanguageAudit();

    @TestFactory
    List<DynamicTest> eachPageIsJudgedAsExpected() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(read("expected.json"));
        List<DynamicTest> tests = new ArrayList<>();
        expected.properties().forEach(entry -> tests.add(DynamicTest.dynamicTest(entry.getKey(),
                () -> assertEquals(fields(entry.getValue()), judged(entry.getKey())))));
        return tests;
    }

    private static Map<String, String> fields(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        node.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asText()));
        return fields;
    }

    private static Map<String, String> judged(String file) throws IOException {
        PageContent page = PageContent.parse("https://gemeente.example/pagina/", read(file));
        PlainLanguageJudgement judgement = AUDIT.judge(page);
        Map<String, String> fields = new TreeMap<>();
        fields.put("judged", String.valueOf(judgement instanceof Judged));
        if (judgement instanceof Judged judged) {
            fields.put("level", judged.plain().level().id());
        } else if (judgement instanceof NotJudged notJudged) {
            fields.put("reason", notJudged.reason().id());
            if (!notJudged.language().isEmpty()) {
                fields.put("language", notJudged.language());
            }
        }
        return fields;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = PlainLanguagePagesTest.class.getResourceAsStream(FOLDER + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
