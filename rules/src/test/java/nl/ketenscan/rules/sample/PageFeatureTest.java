package nl.ketenscan.rules.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import nl.ketenscan.rules.PageContent;
import org.junit.jupiter.api.Test;

class PageFeatureTest {

    private static final String SEARCH_BOX = """
            <header><form role="search" action="/zoeken/"><label for="q">Zoeken</label>
            <input id="q" name="q" type="text"><button>Zoek</button></form></header>""";

    @Test
    void theSiteWideSearchBoxIsNoFormAndALayoutTableNoTable() {
        assertEquals(Set.of(), features("nl", SEARCH_BOX
                + "<main><h1>Afval</h1><table role=\"presentation\"><tr><td>a</td></tr><tr><td>b</td></tr></table>"
                + "<table><tr><td>een rij</td></tr></table></main>"));
    }

    @Test
    void findsFormsDataTablesMediaAndPartsInAnotherLanguage() {
        Set<PageFeature> features = features("nl", SEARCH_BOX + """
                <main><h1>Melding</h1>
                <form action="/melding/verstuur"><label for="plek">Waar?</label><input id="plek" name="plek"></form>
                <table><tr><th>Dag</th></tr><tr><td>maandag</td></tr></table>
                <iframe title="Uitleg" src="https://www.youtube-nocookie.com/embed/abc"></iframe>
                <section lang="en"><h2>Information in English</h2></section></main>""");

        assertEquals(Set.of(PageFeature.FORM, PageFeature.TABLE, PageFeature.MEDIA, PageFeature.OTHER_LANGUAGE), features);
    }

    @Test
    void aRegionalVariantOfThePageLanguageIsNotAnotherLanguage() {
        assertEquals(Set.of(), features("nl-NL", "<main><p lang=\"nl\">Hallo</p><p lang=\"nl-BE\">Dag</p></main>"));
    }

    private static Set<PageFeature> features(String lang, String body) {
        return PageFeature.of(PageContent.parse("https://www.heuvelrand.example/",
                "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>t</title></head><body>" + body + "</body></html>"));
    }
}
