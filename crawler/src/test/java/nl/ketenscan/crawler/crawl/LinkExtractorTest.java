package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {

    private static final String PAGE = "https://www.voorbeeld.nl/wonen/index.html";

    @Test
    void returnsNormalisedAbsoluteLinksInDocumentOrder() {
        String html = """
                <a href="afval">Afval</a>
                <map><area href="/kaart#noord" alt="Noord"></map>
                <iframe src="//formulieren.voorbeeld.nl/melding"></iframe>
                <a href="HTTPS://WWW.VOORBEELD.NL:443/contact">Contact</a>
                <a href="../nieuws/?p=2">Nieuws</a>
                <a rel="nofollow" href="/login">Inloggen</a>
                """;

        assertEquals(List.of(
                "https://www.voorbeeld.nl/wonen/afval",
                "https://www.voorbeeld.nl/kaart",
                "https://formulieren.voorbeeld.nl/melding",
                "https://www.voorbeeld.nl/contact",
                "https://www.voorbeeld.nl/nieuws/?p=2",
                "https://www.voorbeeld.nl/login"), LinkExtractor.links(html, PAGE));
    }

    @Test
    void resolvesAgainstTheFirstBaseHref() {
        String html = """
                <head><base href="/loket/"><base href="https://elders.example/"></head>
                <a href="paspoort">Paspoort</a>
                """;

        assertEquals(List.of("https://www.voorbeeld.nl/loket/paspoort"), LinkExtractor.links(html, PAGE));
    }

    @Test
    void readsFramesOfAFrameset() {
        String html = """
                <html><frameset><frame src="menu.html"><frame src="inhoud.html"></frameset></html>
                """;

        assertEquals(List.of("https://www.voorbeeld.nl/wonen/menu.html", "https://www.voorbeeld.nl/wonen/inhoud.html"),
                LinkExtractor.links(html, PAGE));
    }

    @Test
    void dropsOtherSchemesAndDuplicates() {
        String html = """
                <a href="javascript:void(0)">Menu</a>
                <a href="mailto:info@voorbeeld.nl">Mail</a>
                <a href="tel:14020">Bel</a>
                <a href="#inhoud">Naar inhoud</a>
                <a href="/contact">Contact</a>
                <a href="/contact#adres">Adres</a>
                <a href="">Deze pagina</a>
                <a>Geen href</a>
                <img src="/logo.png" alt="">
                """;

        assertEquals(List.of("https://www.voorbeeld.nl/wonen/index.html", "https://www.voorbeeld.nl/contact"),
                LinkExtractor.links(html, PAGE));
    }
}
