package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HashRoutesTest {

    private static final String PAGE = "https://loket.example/app/";

    private static final Document SPA = Jsoup.parse("""
            <nav><a href="#/afspraak">Afspraak</a> <a href="#!/contact">Contact</a>
            <a href="/app/#/afspraak">Nog eens</a> <a href="/andere/#/route">Elders</a>
            <a href="#inhoud">Naar de inhoud</a> <a href="#top">Boven</a> <a href="#">Leeg</a>
            <a href="#uitleg">Uitleg</a> <a href="#/met spatie">Spatie</a> <a href="#/">Start</a> <a href="#!/">Start</a></nav>
            <main id="inhoud"><a name="onder"></a><a href="#onder">Onder</a></main>
            """, PAGE);

    @Test
    void autoTakesOnlyFragmentsInARoutersFormThatNameNoElement() {
        assertEquals(List.of(PAGE + "#/afspraak", PAGE + "#!/contact", "https://loket.example/andere/#/route"),
                HashRoutes.AUTO.routes(SPA, PAGE));
    }

    @Test
    void aFragmentInARoutersFormThatIsAnElementsIdIsAnAnchor() {
        Document page = Jsoup.parse("<a href=\"#/stap-1\">Stap 1</a><h2 id=\"/stap-1\">Stap 1</h2>", PAGE);

        assertEquals(List.of(), HashRoutes.AUTO.routes(page, PAGE));
    }

    @Test
    void onAlsoTakesOtherFragmentsThatNameNoElementButNeverAnAnchor() {
        assertEquals(List.of(PAGE + "#/afspraak", PAGE + "#!/contact", "https://loket.example/andere/#/route",
                PAGE + "#uitleg"), HashRoutes.ON.routes(SPA, PAGE));
    }

    @Test
    void offTakesNone() {
        assertEquals(List.of(), HashRoutes.OFF.routes(SPA, PAGE));
    }

    @Test
    void aRouteIsResolvedAgainstTheRouteThePageShows() {
        assertEquals(List.of(PAGE + "#/afspraak", PAGE + "#!/contact", "https://loket.example/andere/#/route"),
                HashRoutes.AUTO.routes(SPA, PAGE + "#/contact"));
    }

    @Test
    void ofGivesAFrontierUrlsRouteWithItsHash() {
        assertEquals("#/afspraak", HashRoutes.of(PAGE + "#/afspraak"));
        assertEquals("", HashRoutes.of(PAGE));
    }
}
