package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageFeatureTest {

    @Test
    void videoAudioAndAFormFieldAreFound() throws IOException {
        assertEquals(Set.of(PageFeature.VIDEO, PageFeature.AUDIO, PageFeature.FORM_FIELD),
                PageFeature.presentOn(fixture("media-en-formulier.html")));
    }

    @Test
    void hiddenInputsAndSubmitButtonsAreNoFormFields() throws IOException {
        assertEquals(Set.of(), PageFeature.presentOn(fixture("alleen-tekst.html")));
    }

    @Test
    void framesAndAriaWidgetsAreFound() throws IOException {
        assertEquals(Set.of(PageFeature.FRAME, PageFeature.FORM_FIELD),
                PageFeature.presentOn(fixture("widget-in-frame.html")));
    }

    @Test
    void idsRoundTrip() {
        for (PageFeature feature : PageFeature.values()) {
            assertEquals(feature, PageFeature.fromId(feature.id()));
        }
        assertEquals("form-field", PageFeature.FORM_FIELD.id());
    }

    private static PageContent fixture(String name) throws IOException {
        try (InputStream in = PageFeatureTest.class.getResourceAsStream("/features/" + name)) {
            return PageContent.parse("https://www.lindeveen.nl/" + name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
