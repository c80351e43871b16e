package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json carries the statement, the documents with their exemption and the third-party content. */
class ResultsJsonStatementTest {

    @TempDir
    Path dir;

    private JsonNode json;

    @BeforeEach
    void write() throws IOException {
        ResultsJson.write(ChainAssessment.of(BesluitScans.chain()), dir.resolve("results.json"));
        json = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
    }

    /** A statement whose page gave no dates, contacts or reports, and no register entry read. */
    private static final String NOTHING_READ = """
            "date": null, "researchDates": [], "statementTooOld": false, "researchTooOld": false,
            "registerStatus": null, "registerDate": null, "statusDisagreement": false, "contacts": [],
            "researchReports": []""";

    @Test
    void staysValidAgainstTheSchema() {
        assertEquals(Set.of(), ResultsJsonTest.schema().validate(json));
    }

    @Test
    void statementGivesUrlDeclaredStatusAndWhatTheScanRulesOut() throws IOException {
        assertEquals(tree("""
                {"url": "https://www.heuvelrand.example/toegankelijkheid/", "declaredStatus": "B", "registerUrl": null,
                 "ruledOut": ["A"], "contradiction": false, %s}""".formatted(NOTHING_READ)), organisation(0).get("statement"));
        assertEquals(tree("""
                {"url": "https://www.bieb.example/verklaring", "declaredStatus": "A", "registerUrl": null,
                 "ruledOut": ["A"], "contradiction": true, %s}""".formatted(NOTHING_READ)), organisation(1).get("statement"));
        assertEquals(tree("""
                {"url": null, "declaredStatus": "E", "registerUrl": null, "ruledOut": [], "contradiction": false,
                 %s}""".formatted(NOTHING_READ)), organisation(2).get("statement"));
    }

    @Test
    void documentsSayWhichExemptionAppliesAndTheDateItIsJudgedBy() throws IOException {
        assertEquals(tree("""
                [{"url": "https://www.heuvelrand.example/jaarverslag-2017.pdf", "contentType": "application/pdf",
                  "exempt": "office-file-before-2018-09-23", "created": "2017-04-12", "error": null, "bytes": null,
                  "verdict": "exempt", "findings": []},
                 {"url": "https://www.heuvelrand.example/aanvraagformulier.pdf", "contentType": "application/pdf",
                  "exempt": null, "created": "2024-03-05", "error": null, "bytes": 245760,
                  "verdict": "no-failures-found", "findings": []},
                 {"url": "https://www.heuvelrand.example/folder.pdf", "contentType": "application/pdf",
                  "exempt": null, "created": null, "error": null, "bytes": null, "verdict": "not-checked",
                  "findings": []}]"""), organisation(0).get("documents"));
        assertEquals(0, organisation(1).get("documents").size());
    }

    @Test
    void thirdPartyContentIsListedWithTheFindingsNotCounted() throws IOException {
        assertEquals(tree("""
                [{"url": "https://kaarten.example/milieustraat", "kind": "iframe", "exempt": "third-party-content",
                  "pages": 1, "findingsNotCounted": 2}]"""), organisation(0).get("thirdPartyContent"));
        assertTrue(organisation(2).get("thirdPartyContent").isEmpty());
    }

    private JsonNode organisation(int index) {
        return json.get("organisations").get(index);
    }

    private static JsonNode tree(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
