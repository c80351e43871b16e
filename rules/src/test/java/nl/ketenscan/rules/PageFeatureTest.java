package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageFeatureTest {

    private static final String SEARCH_BOX = """
            <header><form role="search" action="/zoeken/"><label for="q">Zoeken</label>
            <input id="q" name="q" type="text"><button>Zoek</button></form></header>""";

    @Test
    void videoAudioAndAFormAreFound() throws IOException {
        assertEquals(Set.of(PageFeature.VIDEO, PageFeature.AUDIO, PageFeature.FORM_FIELD, PageFeature.FORM),
                PageFeature.presentOn(fixture("media-en-formulier.html"), element -> false));
    }

    @Test
    void hiddenInputsAndSubmitButtonsAreNoFormFields() throws IOException {
        assertEquals(Set.of(), PageFeature.presentOn(fixture("alleen-tekst.html"), element -> false));
    }

    @Test
    void framesAndAriaWidgetsAreFound() throws IOException {
        assertEquals(Set.of(PageFeature.FRAME, PageFeature.FORM_FIELD, PageFeature.FORM),
                PageFeature.presentOn(fixture("widget-in-frame.html"), element -> false));
    }

    @Test
    void aFrameOfThirdPartyContentIsNoFrame() throws IOException {
        assertEquals(Set.of(PageFeature.FORM_FIELD, PageFeature.FORM),
                PageFeature.presentOn(fixture("widget-in-frame.html"), element -> element.is("iframe")));
    }

    @Test
    void theSiteWideSearchBoxIsAFormFieldButNoFormAndALayoutTableNoTable() {
        assertEquals(Set.of(PageFeature.FORM_FIELD), features("nl", SEARCH_BOX
                + "<main><h1>Afval</h1><table role=\"presentation\"><tr><td>a</td></tr><tr><td>b</td></tr></table>"
                + "<table><tr><td>een rij</td></tr></table></main>"));
    }

    @Test
    void findsFormsDataTablesVideoPlayersAndPartsInAnotherLanguage() {
        Set<PageFeature> features = features("nl", SEARCH_BOX + """
                <main><h1>Melding</h1>
                <form action="/melding/verstuur"><label for="plek">Waar?</label><input id="plek" name="plek"></form>
                <table><tr><th>Dag</th></tr><tr><td>maandag</td></tr></table>
                <iframe title="Uitleg" src="https://www.youtube-nocookie.com/embed/abc"></iframe>
                <section lang="en"><h2>Information in English</h2></section></main>""");

        assertEquals(Set.of(PageFeature.VIDEO, PageFeature.FORM_FIELD, PageFeature.FORM, PageFeature.TABLE,
                PageFeature.OTHER_LANGUAGE, PageFeature.FRAME), features);
    }

    @Test
    void aRegionalVariantOfThePageLanguageIsNotAnotherLanguage() {
        assertEquals(Set.of(), features("nl-NL", "<main><p lang=\"nl\">Hallo</p><p lang=\"nl-BE\">Dag</p></main>"));
    }

    @Test
    void idsRoundTrip() {
        for (PageFeature feature : PageFeature.values()) {
            assertEquals(feature, PageFeature.fromId(feature.id()));
        }
        assertEquals("form-field", PageFeature.FORM_FIELD.id());
    }

    private static Set<PageFeature> features(String lang, String body) {
        return PageFeature.presentOn(PageContent.parse("https://www.heuvelrand.example/",
                "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>t</title></head><body>" + body
                        + "</body></html>"), element -> false);
    }

    private static PageContent fixture(String name) throws IOException {
        try (InputStream in = PageFeatureTest.class.getResourceAsStream("/features/" + name)) {
            return PageContent.parse("https://www.lindeveen.nl/" + name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
