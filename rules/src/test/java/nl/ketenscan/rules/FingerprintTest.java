package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String SITE = "https://www.lindeveen.nl/";

    @Test
    void theSameTemplateDefectOnThirtyPagesWithDifferingGeneratedIdsIsOneIssue() {
        List<PageResult> pages = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = "ember" + (1000 + 17 * i);
            String reactId = ":r" + Integer.toString(i, 36) + ":";
            String hash = Integer.toHexString(0xa1b2c3 + 4099 * i);
            Finding logo = finding("image-alt",
                    "#" + id + " > .Header_logo__" + hash.substring(0, 5) + " > img:nth-child(" + (i % 3 + 1) + ")",
                    "<a id=\"" + id + "\" class=\"css-" + hash + " logo\" href=\"/?sessie=" + UUID.randomUUID()
                            + "\" aria-describedby=\"" + reactId + "\">\n   <img src=\"/logo.svg?v=" + i + "\" "
                            + "data-v-" + hash + "=\"\"></a>");
            pages.add(page("pagina-" + i + "/", logo));
        }

        List<Issue> issues = Issue.group(pages);

        assertEquals(1, issues.size());
        assertEquals(30, issues.get(0).pages().size());
        assertEquals(30, issues.get(0).occurrences());
    }

    @Test
    void reorderedSiblingsDoNotChangeTheFingerprint() {
        String link = "<a class=\"nav-link\" href=\"/afval/\"></a>";
        Finding third = finding("link-name", "nav > ul > li:nth-child(3) > a.nav-link", link);
        Finding fifth = finding("link-name", "nav > ul > li:nth-child(5) > a.nav-link", link);
        Finding headingThird = finding("heading-order", "main > h4:nth-of-type(3)", null);
        Finding headingLast = finding("heading-order", "main>h4:nth-last-of-type(2n+1)", null);

        assertEquals(third.fingerprint(), fifth.fingerprint());
        assertEquals(headingThird.fingerprint(), headingLast.fingerprint(), "without a snippet the selector counts");
    }

    @Test
    void axesPageDependentChoiceOfSelectorDoesNotSplitAnIssue() {
        String logo = "<img src=\"/afbeeldingen/logo-lindeveen.svg\" width=\"232\" height=\"56\">";
        Finding onlyImage = finding("image-alt", "img", logo);
        Finding oneOfSeveral = finding("image-alt", "img[width=\"232\"]", logo);
        Finding withParent = finding("image-alt", ".logo > img", logo);

        assertEquals(onlyImage.fingerprint(), oneOfSeveral.fingerprint());
        assertEquals(onlyImage.fingerprint(), withParent.fingerprint());
        assertNotEquals(onlyImage.fingerprint(), finding("image-alt", "iframe >>> img", logo).fingerprint(),
                "the same markup inside a frame is another document's");
    }

    @Test
    void generatedNamesAreRecognisedInTheirCommonForms() {
        assertSameAfterNormalising("#\\:r1\\: > button", "#\\:r2b\\: > button");
        assertSameAfterNormalising("#radix-\\:R1mcq\\:-trigger", "#radix-\\:R2kdq\\:-trigger");
        assertSameAfterNormalising("#card-0b8f6c1e-5a7d-4d2e-9c41-6f7e8a9b0c1d",
                "#card-7d1c2e3f-aaaa-4bbb-8ccc-1234567890ab");
        assertSameAfterNormalising(".sc-bdVaJa > a", ".sc-htpNat > a");
        assertSameAfterNormalising(".css-1h2k3l-MuiButton-root", ".css-9z8y7x-MuiButton-root");
        assertSameAfterNormalising(".jsx-2893564311 > p", ".jsx-12 > p");
        assertSameAfterNormalising(".Header_title__aBcDe", ".Header_title__xYz12");
        assertSameAfterNormalising("#\\31 23 > img", "#\\34 56 > img");
        assertSameAfterNormalising("li.menu-item-1234 > a", "li.menu-item-87 > a");
        assertSameAfterNormalising("input[aria-describedby=\"hint-ember55\"]",
                "input[aria-describedby='hint-ember912']");
    }

    @Test
    void differentDefectsStayDifferent() {
        Finding logo = finding("image-alt", "header > img", "<img src=\"/logo.svg\">");
        List<Finding> others = List.of(
                finding("role-img-alt", "header > img", "<img src=\"/logo.svg\">"),
                finding("image-alt", "header > img", "<img src=\"/wapen.svg\">"),
                finding("image-alt", "header > img", "<img src=\"/logo.svg\" class=\"klein\">"),
                finding("image-alt", "header > img", null));
        for (Finding other : others) {
            assertNotEquals(logo.fingerprint(), other.fingerprint(), other.toString());
        }
        assertNotEquals(finding("link-name", ".card__title > a", null).fingerprint(),
                finding("link-name", ".card__image > a", null).fingerprint(), "BEM elements are hand-written");
        assertNotEquals(finding("skip-link", "a.skip", "<a href=\"#main\">Naar de inhoud</a>").fingerprint(),
                finding("skip-link", "a.skip", "<a href=\"#zoeken\">Naar de inhoud</a>").fingerprint(),
                "fragments are kept: they say where a link goes");
        assertNotEquals(finding("color-contrast", "p.note", "<p class=\"note\">Open op maandag</p>").fingerprint(),
                finding("color-contrast", "p.note", "<p class=\"note\">Open op dinsdag</p>").fingerprint(),
                "text tells two elements apart");
        assertNotEquals(finding("link-name", "a", "<a href=\"/afval/\"></a>").fingerprint(),
                finding("link-name", "a", "<a href=\"/paspoort/\"></a>").fingerprint());
        assertNotEquals(finding("region", "main > p", null).fingerprint(),
                finding("region", "footer > p", null).fingerprint());
    }

    @Test
    void textInsideAnAttributeValueIsNotReadAsAClassOrId() {
        assertEquals("a[href$=\"/nieuws/2024.html\"]", NormalisedSelector.of("a[href$='/nieuws/2024.html']"));
        assertEquals("[title=\"Stap 2\"] > .#", NormalisedSelector.of("[title=\"Stap 2\"]>.x1"));
    }

    @Test
    void snippetsKeepTheirElementsAttributesAndTextButNotTheirNoise() {
        assertEquals("<div class=\"card css-#\" id=\"item-#\"><a href=\"/afval/\">Afval</a></div>",
                NormalisedSnippet.of("<div class=\"card  css-1a2b3c\" id='item-42' nonce=\"abc\""
                        + " _ngcontent-ng-c12=\"\">\n"
                        + "  <a href=/afval/?utm_source=home>Afval</a>\n</div>"));
        assertEquals("<input type=\"checkbox\" checked>", NormalisedSnippet.of("<input type=\"checkbox\" checked>"));
        assertEquals("", NormalisedSnippet.of(null));
    }

    private static void assertSameAfterNormalising(String first, String second) {
        assertEquals(NormalisedSelector.of(first), NormalisedSelector.of(second), first + " / " + second);
    }

    private static Finding finding(String rule, String selector, String snippet) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL, selector, snippet,
                List.of(), null);
    }

    private static PageResult page(String path, Finding... findings) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", "Lindeveen", "nl", null, List.of(findings),
                null, 0, 0, null, PageFacts.NONE);
    }
}
