package nl.ketenscan.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageLinks;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.StopReason;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.Screenshot;

/**
 * Scan results built in code, the way the store hands them over.
 *
 * <p>The chain: Gemeente Voorbeeldstad has four pages — the home page with a critical image-alt
 * failure on two logos and a serious contrast failure, a page with the same logo and a contrast
 * result to review, a page without findings, and a page that timed out. Bibliotheek Aan de Rivier
 * has a page with a serious, a moderate and a minor failure, and a redirected page without findings.
 * Only the gemeente's contact page has a form field; no page has video, audio or a frame.
 */
final class SampleScans {

    static final String GEMEENTE = "Gemeente Voorbeeldstad";
    static final String BIBLIOTHEEK = "Bibliotheek Aan de Rivier";
    static final String HOME = "https://www.voorbeeldstad.nl/";
    static final String SCREENSHOT = "screenshots/5f1e2d3c4b5a6978-0a1b2c3d4e5f.png";
    static final String AFVAL = "https://www.voorbeeldstad.nl/afval";
    static final String CONTACT = "https://www.voorbeeldstad.nl/contact";
    static final String KAPOT = "https://www.voorbeeldstad.nl/kapot";
    static final String BIEB = "https://www.bieb.example/";
    static final String LOGO_SNIPPET = "<img class=\"logo\" src=\"/logo.png\">";
    static final String IMAGE_ALT_HELP = "https://dequeuniversity.com/rules/axe/4.11/image-alt";

    /** The home page reads above B1, with two sentences to rewrite; the waste page reads at B1. */
    static final String REWRITE_SENTENCE = "Indien u middels DigiD <inlogt> kunt u derhalve sneller starten.";
    static final PlainLanguage HOME_PLAIN = new PlainLanguage(412, 18, 22.9, 1.98, 32.5, 78.4,
            PlainLanguage.Level.ABOVE_B1, List.of(
                    new PlainLanguage.Rewrite(REWRITE_SENTENCE, List.of(
                            Message.of("plain-language.officialese", "indien", "als"),
                            Message.of("plain-language.officialese", "middels", "met, door"))),
                    new PlainLanguage.Rewrite("De aanvraag wordt door het college behandeld.",
                            List.of(Message.of("plain-language.passive", "wordt … behandeld")))), null, 0.081, List.of(
                    new PlainLanguage.Section("Welkom", 150, 8, 61.0, 35.2, PlainLanguage.Level.B1_OR_EASIER, 0.02),
                    new PlainLanguage.Section("Bijstand <aanvragen>", 262, 10, 20.4, 88.9,
                            PlainLanguage.Level.ABOVE_B1, 0.125)));
    static final PlainLanguage AFVAL_PLAIN = new PlainLanguage(180, 20, 9.0, 1.52, 80.1, 12.3,
            PlainLanguage.Level.B1_OR_EASIER, List.of());

    private SampleScans() {
    }

    static PageResult judged(PageResult page, PlainLanguage plainLanguage) {
        return new PageResult(page.url(), page.finalUrl(), page.httpStatus(), page.contentType(), page.title(),
                page.lang(), page.error(), page.findings(), plainLanguage, page.loadMillis(), page.checkMillis(),
                page.features(), PageFacts.NONE);
    }

    static ScanResults chain(boolean complete) {
        Finding logo1 = axe("image-alt", Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                "header > img.logo:nth-child(1)", LOGO_SNIPPET,
                "Fix any of the following:\n  Element does not have an alt attribute", IMAGE_ALT_HELP);
        Finding logo2 = axe("image-alt", Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                "header > img.logo:nth-child(2)", LOGO_SNIPPET,
                "Fix any of the following:\n  Element does not have an alt attribute", IMAGE_ALT_HELP);
        Finding contrast = axe("color-contrast", Outcome.FAILED, List.of("1.4.3"), Impact.SERIOUS,
                "footer a", "<a href=\"/privacy\">Privacy</a>", "Element has insufficient color contrast of 3.2",
                "https://dequeuniversity.com/rules/axe/4.11/color-contrast");
        Finding contrastReview = axe("color-contrast", Outcome.NEEDS_REVIEW, List.of("1.4.3"), null,
                ".banner h2", "<h2>Afval</h2>", null, null);
        PageResult home = judged(page(HOME, "Home – Voorbeeldstad", List.of(logo1, logo2, contrast)), HOME_PLAIN);
        PageResult afval = judged(page(AFVAL, "Afval", List.of(logo1, contrastReview)), AFVAL_PLAIN);
        PageResult contact = new PageResult(CONTACT, CONTACT, 200, "text/html; charset=utf-8", "Contact", "nl", null,
                List.of(), null, 900, 300, Set.of(PageFeature.FORM_FIELD), PageFacts.NONE);
        PageResult kapot = PageResult.failed(KAPOT, 0, null, "no answer within 30 s; the server may be down");

        Finding lang = axe("html-has-lang", Outcome.FAILED, List.of("3.1.1"), Impact.SERIOUS,
                "html", "<html>", "The <html> element does not have a lang attribute", null);
        Finding region = axe("region", Outcome.FAILED, List.of(), Impact.MODERATE,
                "#cookie", "<div id=\"cookie\">", "Some page content is not contained by landmarks", null);
        Finding titleWords = new Finding("page-title-words", Engine.KETENSCAN, Outcome.FAILED, List.of("2.4.2"),
                Impact.MINOR, null, null, "The title has only one word", null);
        PageResult bieb = withScreenshot(page(BIEB, "Bibliotheek", List.of(lang, region, titleWords)),
                new Screenshot("html-has-lang", "html", SCREENSHOT));
        PageResult moved = new PageResult("http://bieb.example/oud", "https://www.bieb.example/nieuw", 200,
                "text/html", "Nieuw", "nl", null, List.of(), null, 800, 200, Set.of(), PageFacts.NONE);

        return new ScanResults("0.1.0", "4.11.1", "scan-2025-03-12", Instant.parse("2025-03-12T09:00:00Z"),
                Instant.parse("2025-03-12T09:42:17.123Z"), complete, List.of(
                        new OrganisationResults(Organisation.of(GEMEENTE, Role.GEMEENTE, List.of(HOME)),
                                List.of(home, afval, contact, kapot), Map.of(
                                        HOME, new PageLinks(List.of(HOME + "index.html"), List.of()),
                                        KAPOT, new PageLinks(List.of(), List.of(HOME, CONTACT))), null),
                        new OrganisationResults(Organisation.of(BIBLIOTHEEK, Role.KETENPARTNER, List.of(BIEB)),
                                List.of(bieb, moved), Map.of(), complete ? null : StopReason.PAGE_LIMIT)));
    }

    static Finding axe(String rule, Outcome outcome, List<String> criteria, Impact impact, String selector,
                       String snippet, String message, String helpUrl) {
        return new Finding(rule, Engine.AXE, outcome, criteria, impact, selector, snippet, message, helpUrl);
    }

    /** The page with a screenshot kept of one of its findings, as a browser scan keeps it. */
    static PageResult withScreenshot(PageResult page, Screenshot screenshot) {
        return new PageResult(page.url(), page.finalUrl(), page.httpStatus(), page.contentType(), page.title(),
                page.lang(), page.error(), page.findings(), page.plainLanguage(), page.loadMillis(), page.checkMillis(),
                page.features(), page.facts().withBrowserChecks(new BrowserChecks(List.of(), List.of(), List.of(screenshot))));
    }

    static PageResult page(String url, String title, List<Finding> findings) {
        return new PageResult(url, url, 200, "text/html; charset=utf-8", title, "nl", null, findings, null, 900, 300,
                Set.of(), PageFacts.NONE);
    }
}
