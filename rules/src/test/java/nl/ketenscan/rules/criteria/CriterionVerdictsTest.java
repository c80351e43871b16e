package nl.ketenscan.rules.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.RuleInfo;
import org.junit.jupiter.api.Test;

class CriterionVerdictsTest {

    private static final String SITE = "https://www.lindeveen.nl/";

    private static final Finding LOGO_WITHOUT_ALT = axe("image-alt", Outcome.FAILED, "1.1.1", Impact.CRITICAL,
            "header > a > img", "<img src=\"/logo.svg\">");
    private static final Finding SVG_TO_REVIEW = axe("svg-img-alt", Outcome.NEEDS_REVIEW, "1.1.1", Impact.SERIOUS,
            ".infographic", "<svg role=\"img\">");
    private static final Finding CONTRAST_TO_REVIEW = axe("color-contrast", Outcome.NEEDS_REVIEW, "1.4.3", null,
            ".banner h2", "<h2>Afval</h2>");

    @Test
    void aFailureAnywhereMakesItFailEvenBesideFindingsToReview() {
        Map<String, CriterionVerdict> verdicts = verdicts(
                page("afval/", Set.of(), SVG_TO_REVIEW),
                page("", Set.of(), LOGO_WITHOUT_ALT));

        CriterionVerdict images = verdicts.get("1.1.1");
        assertEquals(Verdict.FAILS, images.verdict());
        assertEquals(List.of("image-alt", "svg-img-alt"),
                images.issues().stream().map(i -> i.example().rule()).toList());
    }

    @Test
    void aFailureOnAPageThatErroredStillCounts() {
        PageResult timedOut = new PageResult(SITE, SITE, 200, "text/html", "Home", "nl",
                List.of(Message.of("page-error.load-timeout", 30)), List.of(LOGO_WITHOUT_ALT), null, 30000, 0, Set.of(),
                PageFacts.NONE);

        assertEquals(Verdict.FAILS, verdicts(timedOut).get("1.1.1").verdict());
    }

    @Test
    void onlyFindingsToReviewMakeItNeedReview() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of(), CONTRAST_TO_REVIEW));

        assertEquals(Verdict.NEEDS_REVIEW, verdicts.get("1.4.3").verdict());
        assertEquals(1, verdicts.get("1.4.3").issues().size());
    }

    @Test
    void checkedPagesWithoutFindingsGiveNoAutomatedFailuresWhereACheckExists() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of()), page("contact/", Set.of()));

        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("1.4.3").verdict(), "axe color-contrast ran");
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("4.1.2").verdict());
        assertEquals(List.of(), verdicts.get("1.4.3").issues());
    }

    @Test
    void parsingIsAlwaysSatisfiedAsTheErrataSayEvenWithoutCheckedPages() {
        assertEquals(Verdict.ALWAYS_SATISFIED, verdicts(page("", Set.of())).get("4.1.1").verdict());
        assertEquals(Verdict.ALWAYS_SATISFIED, verdicts().get("4.1.1").verdict(), "no page checked");
        assertEquals(Verdict.MANUAL_ONLY, verdicts(page("", Set.of())).get("2.3.1").verdict(), "only 4.1.1");
    }

    @Test
    void criteriaNoCheckLooksAtAreManualOnly() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of()));

        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("2.3.1").verdict(), "three flashes");
    }

    @Test
    void aBrowserAuditMakesACriterionAutomaticallyCheckedWhereItsCheckRan() {
        Map<String, CriterionVerdict> verdicts = verdicts(walked("", Set.of(), "behaviour", "tab-walk"),
                page("contact/", Set.of()));

        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("2.5.4").verdict(), "motion actuation");
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("2.4.7").verdict(), "focus visible");
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("1.4.10").verdict(), "reflow ran on no page");
        assertEquals(Verdict.NO_AUTOMATED_FAILURES,
                verdicts(walked("", Set.of(), "reflow")).get("1.4.10").verdict(), "reflow ran");
    }

    @Test
    void criteriaOnlyBrowserChecksTestAreManualOnlyWhereNoneRan() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of()), page("contact/", Set.of()));

        for (String browserOnly : List.of("1.4.10", "1.4.13", "2.1.2", "2.4.7", "2.5.4", "3.2.1")) {
            assertEquals(Verdict.MANUAL_ONLY, verdicts.get(browserOnly).verdict(), browserOnly);
        }
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("2.1.1").verdict(), "axe's scrollable-region-focusable");
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("1.4.12").verdict(), "axe's avoid-inline-spacing");
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("2.4.6").verdict(), "own page rules ran");
    }

    @Test
    void withoutTheBrowserWhatOnlyAxeTestsIsManualOnly() {
        Map<String, CriterionVerdict> verdicts = bySc(CriterionVerdicts.of(organisation(page("", Set.of())), false));

        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("1.4.3").verdict(), "color-contrast did not run");
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("4.1.2").verdict());
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("2.4.6").verdict(), "own page rules ran");
    }

    @Test
    void aBrowserCheckCountsOnlyOnAPageTheCriterionAppliesTo() {
        PageResult withForm = page("formulier/", Set.of(PageFeature.FORM_FIELD));
        PageResult walkedWithoutForm = walked("", Set.of(), "on-input");

        assertEquals(Verdict.MANUAL_ONLY, verdicts(withForm, walkedWithoutForm).get("3.2.2").verdict());
    }

    @Test
    void anOwnRuleMakesACriterionAutomaticallyChecked() {
        RuleInfo headings = new RuleInfo("heading-text", List.of("2.4.6"), Impact.MODERATE, "Kop zegt niets",
                "Heading says nothing", null);
        CriteriaCatalogue catalogue = CriteriaCatalogue.load(List.of(headings));

        List<CriterionVerdict> verdicts = CriterionVerdicts.of(organisation(page("", Set.of())), catalogue);

        assertEquals(Verdict.NO_AUTOMATED_FAILURES, bySc(verdicts).get("2.4.6").verdict());
    }

    @Test
    void withoutVideoOrAudioMediaCriteriaAreNotApplicable() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of(PageFeature.FORM_FIELD)),
                page("a/", Set.of()));

        for (String media : List.of("1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.4.2")) {
            assertEquals(Verdict.NOT_APPLICABLE, verdicts.get(media).verdict(), media);
        }
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("3.3.2").verdict(), "the form field makes it apply");
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("3.3.3").verdict());
    }

    @Test
    void withoutFormFieldsInputCriteriaAreNotApplicable() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of(PageFeature.VIDEO)));

        for (String input : List.of("1.3.5", "3.2.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4")) {
            assertEquals(Verdict.NOT_APPLICABLE, verdicts.get(input).verdict(), input);
        }
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("1.2.2").verdict(), "axe video-caption ran");
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("1.2.4").verdict(), "live captions: no check");
        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("1.4.2").verdict());
    }

    @Test
    void aFrameMayHoldAnythingSoNothingIsNotApplicable() {
        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of(PageFeature.FRAME)));

        assertEquals(Verdict.NO_AUTOMATED_FAILURES, verdicts.get("1.2.2").verdict());
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("3.3.3").verdict());
        assertEquals(0, verdicts.values().stream().filter(v -> v.verdict() == Verdict.NOT_APPLICABLE).count());
    }

    @Test
    void aVideoSeenOnAPageThatErroredStillMakesMediaApplicable() {
        PageResult slow = new PageResult(SITE + "raad/", SITE + "raad/", 200, "text/html", "Raad", "nl",
                List.of(Message.of("page-error.load-timeout", 30)), List.of(), null, 30000, 0, Set.of(PageFeature.VIDEO),
                PageFacts.NONE);

        Map<String, CriterionVerdict> verdicts = verdicts(page("", Set.of()), slow);

        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("1.2.5").verdict());
    }

    @Test
    void whenNoPageCouldBeCheckedNothingIsClaimedBeyondTheFindings() {
        PageResult unreachable = PageResult.failed(SITE, 0, null, "no answer within 30 s");
        PageResult unrendered = new PageResult(SITE + "oud/", SITE + "oud/", 200, "text/html", "Oud", "nl", null,
                List.of(CONTRAST_TO_REVIEW), null, 0, 0, null, PageFacts.NONE);

        Map<String, CriterionVerdict> verdicts = verdicts(unreachable, unrendered);

        assertEquals(Verdict.NEEDS_REVIEW, verdicts.get("1.4.3").verdict());
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("4.1.2").verdict(), "no check ran, so none found nothing");
        assertEquals(Verdict.MANUAL_ONLY, verdicts.get("1.2.2").verdict(), "no page seen, so no media ruled out");
    }

    @Test
    void findingsOnCriteriaOutsideAAndAaAreLeftOutOfTheMatrix() {
        Finding plainDutch = new Finding("plain-dutch-b1", Engine.KETENSCAN, Outcome.NEEDS_REVIEW, List.of("3.1.5"),
                Impact.MINOR, null, null, "Tekst is moeilijker dan B1", null);

        List<CriterionVerdict> verdicts = CriterionVerdicts.of(organisation(page("", Set.of(), plainDutch)));

        assertEquals(50, verdicts.size());
        assertEquals("1.1.1", verdicts.get(0).criterion().sc());
        assertEquals(0, verdicts.stream().filter(v -> v.verdict() == Verdict.NEEDS_REVIEW).count());
    }

    private static Map<String, CriterionVerdict> verdicts(PageResult... pages) {
        return bySc(CriterionVerdicts.of(organisation(pages)));
    }

    private static Map<String, CriterionVerdict> bySc(List<CriterionVerdict> verdicts) {
        Map<String, CriterionVerdict> bySc = new LinkedHashMap<>();
        verdicts.forEach(v -> bySc.put(v.criterion().sc(), v));
        return bySc;
    }

    private static OrganisationResults organisation(PageResult... pages) {
        return new OrganisationResults(Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE)),
                List.of(pages));
    }

    private static PageResult walked(String path, Set<PageFeature> features, String... browserChecks) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html; charset=utf-8", "Lindeveen", "nl", null,
                List.of(), null, 800, 120, features,
                PageFacts.NONE.withBrowserChecks(new BrowserChecks(List.of(browserChecks), List.of())));
    }

    private static PageResult page(String path, Set<PageFeature> features, Finding... findings) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html; charset=utf-8", "Lindeveen", "nl", null,
                List.of(findings), null, 400, 200, features, PageFacts.NONE);
    }

    private static Finding axe(String rule, Outcome outcome, String sc, Impact impact, String selector,
                               String snippet) {
        return new Finding(rule, Engine.AXE, outcome, List.of(sc), impact, selector, snippet, List.of(), null);
    }
}
