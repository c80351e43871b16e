package nl.ketenscan.rules.exemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFeature;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ThirdPartyContentTest {

    private static final Predicate<String> OWNED = url -> url.startsWith("https://www.heuvelrand.example/")
            || url.startsWith("https://formulieren.heuvelrand.example/");
    private static final PageContent PAGE = PageContent.parse("https://www.heuvelrand.example/afval/", """
            <!DOCTYPE html><html lang="nl"><head><title>Afval</title>
            <script src="/js/site.js"></script>
            <script src="https://statistiek.leverancier.example/teller.js"></script>
            </head><body><main><h1>Afval</h1>
            <iframe id="kaart" title="Kaart van de milieustraat" src="https://kaarten.example/milieustraat"></iframe>
            <iframe id="melding" title="Melding doen" src="https://formulieren.heuvelrand.example/melding"></iframe>
            <iframe id="uitleg" title="Uitleg in gebarentaal" src="https://www.youtube-nocookie.com/embed/abc"></iframe>
            <video controls><source src="https://media.example/afval.mp4" type="video/mp4"></video>
            <iframe title="Leeg" src="about:blank"></iframe>
            <a href="https://www.rijksoverheid.nl/">Rijksoverheid</a>
            </main></body></html>
            """);

    @Test
    void listsContentFromHostsOutsideTheScopeOnceEachWithTheEmbeddingElement() {
        ThirdPartyContent content = ThirdPartyContent.of(PAGE, List.of(), OWNED);

        assertEquals(List.of(
                new ThirdPartyEmbed("script", "https://statistiek.leverancier.example/teller.js", 0),
                new ThirdPartyEmbed("iframe", "https://kaarten.example/milieustraat", 0),
                new ThirdPartyEmbed("iframe", "https://www.youtube-nocookie.com/embed/abc", 0),
                new ThirdPartyEmbed("video", "https://media.example/afval.mp4", 0)), content.embeds());
    }

    @Test
    void findingsInsideAThirdPartyFrameAreLeftOutOfTheCountAndNotedOnItsEmbed() {
        Finding inMap = finding("#kaart >>> button.zoom");
        Finding inMapAgain = finding("#kaart >>> img");
        Finding inOwnForm = finding("#melding >>> input#naam");
        Finding onPage = finding("main > h1");
        Finding unreadableSelector = finding("#kaart[ >>> img");

        ThirdPartyContent content = ThirdPartyContent.of(PAGE,
                List.of(inMap, onPage, inOwnForm, inMapAgain, unreadableSelector), OWNED);

        assertEquals(List.of(onPage, inOwnForm, unreadableSelector), content.countedFindings());
        assertEquals(new ThirdPartyEmbed("iframe", "https://kaarten.example/milieustraat", 2), content.embeds().get(1));
    }

    @Test
    void aFrameCountsForTheCriteriaOnlyWhenItsContentIsTheOrganisations() {
        PageContent mapOnly = PageContent.parse("https://www.heuvelrand.example/milieustraat/", """
                <!DOCTYPE html><html lang="nl"><head><title>Milieustraat</title></head><body><main>
                <iframe title="Kaart" src="https://kaarten.example/milieustraat"></iframe></main></body></html>
                """);

        Predicate<Element> thirdParty = element -> ThirdPartyContent.isThirdParty(element, OWNED);

        assertEquals(Set.of(), PageFeature.presentOn(mapOnly, thirdParty),
                "exempt content makes no criterion apply, as its findings do not count");
        assertTrue(PageFeature.presentOn(PAGE, thirdParty).contains(PageFeature.FRAME),
                "the form in a frame is the gemeente's own");
    }

    private static Finding finding(String selector) {
        return new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL, selector,
                "<img>", "Afbeelding zonder alt-tekst", null);
    }
}
