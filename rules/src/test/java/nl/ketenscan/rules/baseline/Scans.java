package nl.ketenscan.rules.baseline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;

/** Small scans built in code: one organisation whose pages carry the given findings. */
final class Scans {

    static final Finding LOGO = finding("image-alt", Outcome.FAILED, Impact.CRITICAL, "header > img.logo",
            "<img class=\"logo\" src=\"/logo.png\">", "Fix any of the following:\n  Element does not have an alt attribute");
    static final Finding CONTRAST = finding("color-contrast", Outcome.FAILED, Impact.SERIOUS, "footer a",
            "<a href=\"/privacy\">Privacy</a>", "Element has insufficient color contrast of 3.2");
    static final Finding BUTTON = finding("button-name", Outcome.FAILED, Impact.CRITICAL, "#zoek",
            "<button id=\"zoek\"></button>", "Element does not have inner text that is visible to screen readers");
    static final Finding REVIEW = finding("color-contrast", Outcome.NEEDS_REVIEW, null, ".banner h2", "<h2>Afval</h2>", null);

    private Scans() {
    }

    static Finding finding(String rule, Outcome outcome, Impact impact, String selector, String snippet, String message) {
        return new Finding(rule, Engine.AXE, outcome, rule.equals("color-contrast") ? List.of("1.4.3") : List.of("1.1.1"),
                impact, selector, snippet, message, null);
    }

    static ChainAssessment scan(String organisation, List<PageResult> pages) {
        return ChainAssessment.of(new ScanResults("0.1.0", "4.11.1", "scan", Instant.parse("2025-03-12T09:00:00Z"),
                Instant.parse("2025-03-12T09:10:00Z"), true, List.of(new OrganisationResults(
                        Organisation.of(organisation, Role.GEMEENTE, List.of("https://www.voorbeeld.nl/")), pages))));
    }

    static PageResult page(String path, Finding... findings) {
        String url = "https://www.voorbeeld.nl/" + path;
        return new PageResult(url, url, 200, "text/html", path, "nl", null, List.of(findings), null, 0, 0, Set.of(), PageFacts.NONE);
    }
}
