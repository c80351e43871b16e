package nl.ketenscan.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
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
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * Scan results with what the Besluit part of the report needs, built in code as the store hands
 * them over.
 *
 * <p>Gemeente Heuvelrand links to its statement (B) from every page, fails 1.1.1 on two pages and
 * 4.1.2/1.3.1 on its form, has a table to review, embeds a third-party map with two findings inside
 * it, and publishes a PDF from 2017 (exempt), one from 2024 and one without a date. Bibliotheek Aan
 * de Rivier declares A but fails 3.1.1 and has 1.4.3 to review. Welzijn Noord has no statement
 * anywhere and no findings.
 */
final class BesluitScans {

    static final String GEMEENTE = "Gemeente Heuvelrand";
    static final String BIBLIOTHEEK = "Bibliotheek Aan de Rivier";
    static final String WELZIJN = "Welzijn Noord";
    static final String SITE = "https://www.heuvelrand.example/";
    static final String STATEMENT = SITE + "toegankelijkheid/";
    static final String MAP = "https://kaarten.example/milieustraat";
    static final String OLD_PDF = SITE + "jaarverslag-2017.pdf";
    static final String NEW_PDF = SITE + "aanvraagformulier.pdf";
    static final String UNDATED_PDF = SITE + "folder.pdf";
    static final String BIEB = "https://www.bieb.example/";
    static final String WELZIJN_SITE = "https://welzijnnoord.example/";

    private static final StatementEvidence FOOTER_LINK = new StatementEvidence(
            List.of(new StatementLink(STATEMENT, "Toegankelijkheid")), List.of(), false, null, null);

    private BesluitScans() {
    }

    static ScanResults chain() {
        Finding logo = failure("image-alt", List.of("1.1.1"), Impact.CRITICAL, "header img.logo",
                "Afbeelding heeft geen alt-tekst");
        Finding field = failure("label", List.of("4.1.2", "1.3.1"), Impact.SERIOUS, "#plek", "Veld zonder label");
        Finding table = new Finding("td-headers-attr", Engine.AXE, Outcome.NEEDS_REVIEW, List.of("1.3.1"),
                Impact.SERIOUS, "table td", "<td>", "Controleer de kopcellen", null);
        List<PageResult> gemeente = List.of(
                html(SITE, "Home | Heuvelrand", List.of(logo), Set.of(), facts(FOOTER_LINK, "home", List.of())),
                html(SITE + "afval/", "Afval | Heuvelrand", List.of(logo, table), Set.of(PageFeature.TABLE),
                        facts(FOOTER_LINK, "inhoud", List.of(new ThirdPartyEmbed("iframe", MAP, 2)))),
                html(SITE + "melding/", "Melding | Heuvelrand", List.of(field),
                        Set.of(PageFeature.FORM_FIELD, PageFeature.FORM),
                        facts(FOOTER_LINK, "formulier", List.of())),
                html(STATEMENT, "Toegankelijkheidsverklaring | Heuvelrand", List.of(), Set.of(),
                        facts(new StatementEvidence(List.of(new StatementLink(STATEMENT, "Toegankelijkheid")),
                                List.of(), true, StatementStatus.B, null), "inhoud", List.of())),
                document(OLD_PDF, LocalDate.of(2017, 4, 12)),
                checkedDocument(NEW_PDF, LocalDate.of(2024, 3, 5), 245_760),
                document(UNDATED_PDF, null));
        Finding lang = failure("html-has-lang", List.of("3.1.1"), Impact.SERIOUS, "html", "Geen lang-attribuut");
        Finding contrast = new Finding("color-contrast", Engine.AXE, Outcome.NEEDS_REVIEW, List.of("1.4.3"),
                Impact.SERIOUS, "svg text", "<text>", "Achtergrond onbekend", null);
        StatementEvidence biebLink = new StatementEvidence(List.of(new StatementLink(BIEB + "verklaring", "Toegankelijkheid")),
                List.of(), false, null, null);
        List<PageResult> bibliotheek = List.of(
                html(BIEB, "Bibliotheek", List.of(lang, contrast), Set.of(), facts(biebLink, "home", List.of())),
                html(BIEB + "verklaring", "Toegankelijkheidsverklaring", List.of(), Set.of(),
                        facts(new StatementEvidence(List.of(), List.of(), true, StatementStatus.A, null), "inhoud",
                                List.of())));
        List<PageResult> welzijn = List.of(
                html(WELZIJN_SITE, "Welzijn Noord", List.of(), Set.of(),
                        facts(StatementEvidence.NONE, "home", List.of())));
        return new ScanResults("0.1.0", "4.11.1", "scan-heuvelrand", Instant.parse("2025-03-12T09:00:00Z"),
                Instant.parse("2025-03-12T09:42:17Z"), true, List.of(
                        new OrganisationResults(Organisation.of(GEMEENTE, Role.GEMEENTE, List.of(SITE)), gemeente),
                        new OrganisationResults(Organisation.of(BIBLIOTHEEK, Role.KETENPARTNER, List.of(BIEB)), bibliotheek),
                        new OrganisationResults(Organisation.of(WELZIJN, Role.KETENPARTNER, List.of(WELZIJN_SITE)), welzijn)));
    }

    static Finding failure(String rule, List<String> criteria, Impact impact, String selector, String message) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, criteria, impact, selector, "<x>", message, null);
    }

    static PageFacts facts(StatementEvidence statement, String skeleton, List<ThirdPartyEmbed> embeds) {
        return new PageFacts(statement, skeleton, embeds, null);
    }

    static PageResult html(String url, String title, List<Finding> findings, Set<PageFeature> features,
                           PageFacts facts) {
        return new PageResult(url, url, 200, "text/html; charset=utf-8", title, "nl", null, findings, null, 900, 300,
                features, facts);
    }

    static PageResult document(String url, LocalDate created) {
        return new PageResult(url, url, 200, "application/pdf", null, null, null, List.of(), null, 0, 0, null,
                PageFacts.ofDocument(created));
    }

    /** A document the scan read and judged (features, here none), without findings. */
    static PageResult checkedDocument(String url, LocalDate created, long bytes) {
        return new PageResult(url, url, 200, "application/pdf", null, null, null, List.of(), null, 0, 0, Set.of(),
                PageFacts.ofDocument(created, bytes));
    }
}
