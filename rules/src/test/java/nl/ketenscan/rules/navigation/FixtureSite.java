package nl.ketenscan.rules.navigation;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.SiteFixture;

/**
 * A fixture site of a site rule, {@code fixtures/<rule-id>/site-failing.json} or {@code site-passing.json}
 * (pages of www.lindeveen.example in {@code failing/} and {@code passing/}), as {@link SiteFixture} reads
 * it for the generic fixture test: the pages a scan would have stored, with their noted facts.
 */
final class FixtureSite {

    private FixtureSite() {
    }

    static List<PageResult> pages(String ruleId, String kind) {
        try {
            return SiteFixture.read(Path.of(FixtureSite.class.getResource("/fixtures/" + ruleId + "/site-" + kind + ".json").toURI()))
                    .pages();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL of a fixture file: {@code afval--grofvuil.html} is /afval/grofvuil, {@code en--index.html} /en/. */
    static String url(String file) {
        String path = file.replaceFirst("\\.html$", "").replace("--", "/").replaceFirst("(^|/)index$", "$1");
        return "https://www.lindeveen.example/" + path;
    }

    /** The same page with other navigation facts. */
    static PageResult withNavigation(PageResult page, PageNavigation navigation) {
        PageFacts facts = page.facts();
        return new PageResult(page.url(), page.finalUrl(), page.httpStatus(), page.contentType(), page.title(), page.lang(),
                page.error(), page.findings(), page.plainLanguage(), page.loadMillis(), page.checkMillis(), page.features(),
                new PageFacts(facts.statement(), facts.skeleton(), facts.thirdParty(), facts.documentCreated(), navigation,
                        facts.browserChecks()));
    }
}
