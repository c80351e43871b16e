package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTest {

    private static final String SITE = "https://www.welzijnlindeveen.nl/";

    @Test
    void aDefectOnThreePagesIsTheTemplatesOnOnePageTheContents() {
        Finding contrast = finding(Outcome.FAILED, "p.intro", "<p class=\"intro\">Welkom</p>");
        Finding emptyLink = finding(Outcome.FAILED, "a.kaart-pijl", "<a class=\"kaart-pijl\"></a>");
        List<PageResult> pages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pages.add(i < 3 ? page("p" + i + "/", contrast) : page("p" + i + "/"));
        }
        pages.set(5, page("p5/", emptyLink));

        List<Issue> issues = Issue.group(pages);

        assertEquals(Issue.Kind.TEMPLATE, issueOf(issues, "p.intro").kind());
        assertEquals(Issue.Kind.CONTENT, issueOf(issues, "a.kaart-pijl").kind());
    }

    @Test
    void onASmallSiteTwoPagesOfFourAreTheTemplatesTwoOfTenAreNot() {
        Finding twice = finding(Outcome.FAILED, "p.intro", "<p class=\"intro\">Welkom</p>");

        assertEquals(Issue.Kind.TEMPLATE, Issue.kind(twice, 2, 4));
        assertEquals(Issue.Kind.CONTENT, Issue.kind(twice, 2, 10));
        assertEquals(Issue.Kind.CONTENT, Issue.kind(twice, 1, 1), "one page of one says nothing about a template");
    }

    @Test
    void aDefectInTheHeaderNavigationOrFooterIsTheTemplatesEvenOnOnePage() {
        Finding social = finding(Outcome.FAILED, "footer > p.sociaal > a",
                "<a href=\"https://www.facebook.com/\"></a>");

        List<Issue> issues = Issue.group(List.of(page("", social), page("a/"), page("b/"), page("c/"), page("d/")));

        assertEquals(Issue.Kind.TEMPLATE, issues.get(0).kind());
    }

    @Test
    void onlyCheckedHtmlPagesCountTowardsTheSizeOfTheSite() {
        Finding twice = finding(Outcome.FAILED, "p.intro", "<p class=\"intro\">Welkom</p>");
        List<PageResult> pages = new ArrayList<>(List.of(page("a/", twice), page("b/", twice), page("c/"), page("d/")));
        for (int i = 0; i < 6; i++) {
            pages.add(PageResult.failed(SITE + "weg" + i, 404, "text/html", "the server answered HTTP 404"));
            pages.add(new PageResult(SITE + "doc" + i + ".pdf", SITE + "doc" + i + ".pdf", 200, "application/pdf",
                    null, null, null, List.of(), null, 0, 0, null, PageFacts.NONE));
        }

        assertEquals(Issue.Kind.TEMPLATE, Issue.group(pages).get(0).kind());
    }

    @Test
    void anIssueThatFailedOnOnePageAndNeedsReviewOnAnotherCountsAsFailed() {
        Finding review = finding(Outcome.NEEDS_REVIEW, ".banner h2", "<h2>Mantelzorg</h2>");
        Finding failed = finding(Outcome.FAILED, ".banner h2", "<h2>Mantelzorg</h2>");

        List<Issue> issues = Issue.group(List.of(page("a/", review), page("b/", failed)));

        assertEquals(1, issues.size());
        assertEquals(Outcome.FAILED, issues.get(0).example().outcome());
        assertEquals(List.of(SITE + "a/", SITE + "b/"), issues.get(0).pages());
    }

    @Test
    void theSameRuleFailingOnOneComponentWithOtherContentOnManyPagesIsOneComponentIssue() {
        List<PageResult> pages = new ArrayList<>();
        String[][] terms = {{"AVG", "Algemene verordening gegevensbescherming"}, {"Woo", "Wet open overheid"},
            {"WMO", "Wet maatschappelijke ondersteuning"}, {"BRP", "Basisregistratie personen"}};
        for (int i = 0; i < terms.length; i++) {
            pages.add(page("p" + i + "/", finding(Outcome.FAILED, "main > p:nth-child(" + (i + 2) + ") > abbr",
                    "<abbr aria-label=\"" + terms[i][1] + "\" class=\"begrip\">" + terms[i][0] + "</abbr>")));
        }

        List<Issue> issues = Issue.group(pages);

        assertEquals(1, issues.size(), issues.toString());
        assertEquals(Issue.Kind.COMPONENT, issues.get(0).kind());
        assertEquals(4, issues.get(0).pages().size());
        assertEquals(4, issues.get(0).occurrences());
    }

    @Test
    void elementsEveryEditorWritesAreNoComponentWhateverTheirClass() {
        List<PageResult> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pages.add(page("p" + i + "/", finding(Outcome.FAILED, "main img",
                    "<img class=\"img-fluid\" src=\"/media/foto-" + i + ".jpg\">")));
        }

        List<Issue> issues = Issue.group(pages);

        assertEquals(4, issues.size(), "four images of four editors are four content issues");
        assertEquals(Issue.Kind.CONTENT, issues.get(0).kind());
    }

    @Test
    void aComponentNeedsAsManyDifferentOccurrencesAsATemplateHasPages() {
        List<PageResult> pages = List.of(
                page("a/", finding(Outcome.FAILED, "p > abbr", "<abbr aria-label=\"Wet open overheid\">Woo</abbr>")),
                page("b/", finding(Outcome.FAILED, "p > abbr", "<abbr aria-label=\"Basisregistratie\">BRP</abbr>")),
                page("c/"), page("d/"), page("e/"), page("f/"));

        assertEquals(List.of(Issue.Kind.CONTENT, Issue.Kind.CONTENT),
                Issue.group(pages).stream().map(Issue::kind).toList());
    }

    private static Issue issueOf(List<Issue> issues, String selector) {
        return issues.stream().filter(i -> i.example().selector().equals(selector)).findFirst().orElseThrow();
    }

    private static Finding finding(Outcome outcome, String selector, String snippet) {
        return new Finding("color-contrast", Engine.AXE, outcome, List.of("1.4.3"), Impact.SERIOUS, selector, snippet,
                List.of(), null);
    }

    private static PageResult page(String path, Finding... findings) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html; charset=utf-8", "Welzijn", "nl", null,
                List.of(findings), null, 0, 0, null, PageFacts.NONE);
    }
}
