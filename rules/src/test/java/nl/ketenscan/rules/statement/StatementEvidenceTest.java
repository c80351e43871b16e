package nl.ketenscan.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.ketenscan.rules.PageContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementEvidenceTest {

    private static final String SITE = "https://www.heuvelrand.example/pagina/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "footer-link-toegankelijkheid.html, https://www.heuvelrand.example/toegankelijkheid/, Toegankelijkheid",
        "link-toegankelijkheidsverklaring.html, https://www.bibliotheekaanderivier.example/over-ons/verklaring, Toegankelijkheidsverklaring",
        "link-digitale-toegankelijkheid.html, https://www.heuvelrand.example/digitale-toegankelijkheid, Digitale toegankelijkheid",
        "link-accessibility.html, https://www.heuvelrand.example/en/accessibility-statement/, Accessibility",
        "link-image-only.html, https://www.heuvelrand.example/verklaring/, Toegankelijkheidsverklaring",
        "link-by-address.html, https://www.heuvelrand.example/toegankelijkheidsverklaring/, Lees hier hoe wij het doen",
    })
    void findsTheLinkToTheStatementInEveryWording(String fixture, String url, String text) throws IOException {
        StatementEvidence evidence = StatementEvidence.of(fixture(fixture));

        assertEquals(List.of(new StatementLink(url, text)), evidence.links());
        assertFalse(evidence.statementPage(), "a page linking to the statement is not the statement");
        assertNull(evidence.statusInText());
    }

    @Test
    void readsTheRegisterLinkAndTheStatusInTheLabelsAltText() throws IOException {
        StatementEvidence evidence = StatementEvidence.of(fixture("register-badge.html"));

        assertEquals(List.of("https://www.toegankelijkheidsverklaring.nl/register/4321"), evidence.registerLinks());
        assertEquals(List.of(), evidence.links(), "the register link is not counted as a link to a page");
        assertEquals(StatementStatus.B, evidence.statusInLabel());
    }

    @Test
    void readsTheStatusFromTheLabelsFileNameWhenItsAltTextHasNone() throws IOException {
        assertEquals(StatementStatus.C, StatementEvidence.of(fixture("label-status-in-file-name.html")).statusInLabel());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "statement-status-b.html, B",
        "statement-status-sentence.html, B",
        "statement-status-letter.html, C",
        "statement-status-a.html, A",
        "statement-status-in-image.html, B",
    })
    void readsTheDeclaredStatusFromTheTextOfAStatementPage(String fixture, StatementStatus status) throws IOException {
        StatementEvidence evidence = StatementEvidence.of(fixture(fixture));

        assertTrue(evidence.statementPage());
        assertEquals(status, evidence.statusInText());
    }

    @Test
    void ignoresStatusWordsLongLinksMailLinksAndOtherLabelsOnOrdinaryPages() throws IOException {
        StatementEvidence evidence = StatementEvidence.of(fixture("no-statement.html"));

        assertTrue(evidence.isEmpty(), evidence.toString());
    }

    static PageContent fixture(String name) throws IOException {
        try (InputStream in = StatementEvidenceTest.class.getResourceAsStream("/statement/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return PageContent.parse(SITE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
