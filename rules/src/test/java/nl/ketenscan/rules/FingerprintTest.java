package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String LOGO = "<img src=\"/afbeeldingen/logo.svg\" width=\"232\" height=\"56\">";

    private static Finding finding(String rule, String selector, String snippet) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL, selector, snippet,
                "message", null);
    }

    @Test
    void oneTemplateElementIsOneDefectWhateverSelectorAxeChoseOnEachPage() {
        assertEquals(Fingerprint.of(finding("image-alt", "img", LOGO)),
                Fingerprint.of(finding("image-alt", "img[width=\"232\"]", LOGO)));
    }

    @Test
    void anotherElementOrAnotherRuleIsAnotherDefect() {
        String logo = Fingerprint.of(finding("image-alt", "img", LOGO));

        assertNotEquals(logo, Fingerprint.of(finding("image-alt", "img", "<img src=\"/foto.jpg\">")));
        assertNotEquals(logo, Fingerprint.of(finding("role-img-alt", "img", LOGO)));
    }

    @Test
    void withoutASnippetTheSelectorTellsDefectsApart() {
        assertNotEquals(Fingerprint.of(finding("page-rule", "main", null)),
                Fingerprint.of(finding("page-rule", "footer", null)));
    }

    @Test
    void renderingDetailsOfOneTemplateDoNotCount() {
        assertEquals(Fingerprint.of(finding("label", null, "<input id=\"veld-123456\"  name=\"q\">")),
                Fingerprint.of(finding("label", null, "<input id=\"veld-987654\" name=\"q\">")));
    }
}
