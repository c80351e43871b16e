package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class AxeCheckDetailsTest {

    @Test
    void aContrastFailureKeepsTheRatioColoursFontAndTheRatioNeeded() {
        Check contrast = check("color-contrast", Map.of("fgColor", "#999999", "bgColor", "#ffffff",
                "contrastRatio", 2.32, "fontSize", "12.0pt (16px)", "fontWeight", "bold",
                "expectedContrastRatio", "4.5:1"));

        assertEquals(Optional.of(Message.of("axe-check.contrast", 2.32, "#999999", "#ffffff", "12.0pt (16px)",
                Message.of("axe-check.font-weight.bold"), 4.5)), AxeCheckDetails.detail(contrast));
    }

    @Test
    void aContrastAxeCouldNotMeasureSaysWhyOrThatItCouldNot() {
        assertEquals(Optional.of(Message.of("axe-check.contrast-unknown.bgImage")),
                AxeCheckDetails.detail(check("color-contrast", Map.of("messageKey", "bgImage"))));
        assertEquals(Optional.of(Message.of("axe-check.contrast-unknown.default")),
                AxeCheckDetails.detail(check("color-contrast", Map.of("messageKey", "somethingNew"))));
    }

    @Test
    void namesTheAttributesMissingOrNotAllowed() {
        assertEquals(Optional.of(Message.of("axe-check.missing-attributes", "aria-checked")),
                AxeCheckDetails.detail(check("aria-required-attr", Map.of("values", "aria-checked"))));
        assertEquals(Optional.of(Message.of("axe-check.attributes-not-allowed", "aria-label, aria-labelledby")),
                AxeCheckDetails.detail(check("aria-prohibited-attr",
                        Map.of("role", "none", "prohibited", List.of("aria-label", "aria-labelledby")))));
        assertEquals(Optional.of(Message.of("axe-check.duplicate-id", "menu")),
                AxeCheckDetails.detail(check("duplicate-id-aria", "menu")));
    }

    @Test
    void aCheckWhoseDataAddsNothingToTheExplanationGivesNoDetail() {
        assertEquals(Optional.empty(), AxeCheckDetails.detail(check("has-alt", null)));
    }

    @Test
    void eachDetailOfAnElementOnceWhateverListAxePutsItIn() {
        CheckedNode node = new CheckedNode();
        node.setAny(List.of(check("aria-required-attr", Map.of("values", "aria-expanded"))));
        node.setNone(List.of(check("aria-required-attr", Map.of("values", "aria-expanded")), check("has-alt", null)));

        assertEquals(List.of(Message.of("axe-check.missing-attributes", "aria-expanded")), AxeCheckDetails.of(node));
    }

    private static Check check(String id, Object data) {
        Check check = new Check();
        check.setId(id);
        check.setData(data);
        return check;
    }
}
