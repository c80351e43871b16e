package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.statement.StatementEvidence;
import nl.ketenscan.rules.statement.StatementLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Link texts, statement and embed addresses and messages come from crawled pages: none of it may run in the report. */
class BesluitEscapingTest {

    private static final String LINK_TEXT = "<script>alert(1)</script>Toegankelijkheid";
    private static final String STATEMENT_URL = "javascript:alert(2)";
    private static final String EMBED_URL = "javascript:alert(3)//\"><img src=x onerror=alert(4)>";
    private static final String MESSAGE = "</td><iframe src=javascript:alert(5)>";

    @TempDir
    Path dir;

    @Test
    void nothingFromTheSiteBecomesMarkupOrAnActiveLink() throws IOException {
        String site = "https://evil.example/";
        PageFacts facts = new PageFacts(new StatementEvidence(List.of(new StatementLink(STATEMENT_URL, LINK_TEXT)),
                List.of("https://www.toegankelijkheidsverklaring.nl/register/1\"><b>x</b>"), true, null, null),
                "<svg onload=alert(6)>", List.of(new ThirdPartyEmbed("iframe", EMBED_URL, 1)), null);
        PageResult page = new PageResult(site, site, 200, "text/html", "<b onclick=alert(7)>titel</b>", "nl", null,
                List.of(new Finding("duplicate-id-aria", Engine.AXE, Outcome.FAILED, List.of("4.1.2"), Impact.CRITICAL,
                        "img[onerror]", "<x>", List.of(AxeRuleText.explanation("duplicate-id-aria"),
                                Message.of("axe-check.duplicate-id", MESSAGE)), null)),
                null, 0, 0, Set.of(PageFeature.FORM), facts);
        PageResult document = new PageResult(site + "\"><script>alert(8)</script>.pdf", site + "x.pdf", 200,
                "application/pdf", null, null, null, List.of(), null, 0, 0, null,
                PageFacts.ofDocument(LocalDate.of(2017, 1, 1)));
        ScanResults results = new ScanResults("0.1.0", "4.11.1", "<b>scan</b>", Instant.EPOCH, Instant.EPOCH, true,
                List.of(new OrganisationResults(Organisation.of("Evil", Role.KETENPARTNER, List.of(site)),
                        List.of(page, document))));

        HtmlReport.write(ChainAssessment.of(results), dir);

        for (String name : List.of("index.html", "organisatie-evil.html")) {
            Document html = Jsoup.parse(dir.resolve(name).toFile(), "UTF-8");
            assertTrue(html.select("script:not([src=overview.js]), svg, img, iframe, b, i").isEmpty(), name);
            for (Element element : html.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), element.toString());
                }
            }
            for (Element link : html.select("[href]")) {
                String target = link.attr("href").toLowerCase(Locale.ROOT);
                assertFalse(target.startsWith("javascript:"), link.toString());
            }
        }
        String text = Jsoup.parse(dir.resolve("organisatie-evil.html").toFile(), "UTF-8").text();
        assertTrue(text.contains(LINK_TEXT));
        assertTrue(text.contains(STATEMENT_URL));
        assertTrue(text.contains(EMBED_URL));
        assertTrue(text.contains(MESSAGE));
    }
}
