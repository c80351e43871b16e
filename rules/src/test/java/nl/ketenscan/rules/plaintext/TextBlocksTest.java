package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void readsMainWithoutNavigationHeaderFooterFormsAndScripts() {
        String html = """
                <html lang="nl"><body>
                <header><a href="/">Home</a><nav><a href="/afval/">Afval</a></nav></header>
                <main>
                  <h1>Afval</h1>
                  <p>Wij halen uw afval op.</p>
                  <form><label>Zoeken</label><button>Zoek</button></form>
                  <script>var x = "niet lezen";</script>
                  <aside>Zie ook</aside>
                </main>
                <footer>Gemeente Lindeveen</footer>
                </body></html>""";
        assertEquals(List.of("Afval", "Wij halen uw afval op."), TextBlocks.of(Jsoup.parse(html)).blocks());
    }

    @Test
    void withoutMainReadsTheBodyWithoutItsTemplate() {
        String articles = "<body><nav>Menu</nav><h2>Kop</h2><article><p>Eerste.</p></article>"
                + "<article><p>Tweede.</p></article></body>";
        assertEquals(List.of("Kop", "Eerste.", "Tweede."), TextBlocks.of(Jsoup.parse(articles)).blocks());
        String body = "<body><nav>Menu</nav><p>Alleen tekst.</p><footer>Voet</footer></body>";
        assertEquals(List.of("Alleen tekst."), TextBlocks.of(Jsoup.parse(body)).blocks());
    }

    @Test
    void aFormAroundTheWholePageIsReadWithoutItsNavigationAndSearch() {
        String html = "<body><form id=\"aspnetForm\"><nav>Menu</nav><h1>Afval</h1><p>Wij halen afval op.</p>"
                + "<div role=\"search\"><label>Zoek</label></div></form><form><p>Nieuwsbrief</p></form></body>";
        assertEquals(List.of("Afval", "Wij halen afval op."), TextBlocks.of(Jsoup.parse(html)).blocks());
    }

    @Test
    void listItemsHeadingsAndLineBreaksAreBlocksOfTheirOwnAndTableCellsNoSentences() {
        String html = "<main><h2>Voorwaarden</h2><ul><li>U bent 18 jaar</li><li>U woont in <b>Lindeveen</b></li></ul>"
                + "<p>Postbus 100 in Lindeveen<br>Bel ons op werkdagen.</p>"
                + "<table><tr><td>maandag</td><td>9.00 uur</td></tr></table></main>";
        assertEquals(List.of("Voorwaarden", "U bent 18 jaar", "U woont in Lindeveen", "Postbus 100 in Lindeveen",
                "Bel ons op werkdagen."), TextBlocks.of(Jsoup.parse(html)).blocks());
    }

    @Test
    void labelsMenuItemsListsOfLinksButtonRowsAndChartTextAreNoSentences() {
        String html = """
                <main><h1>Cijfers over Lindeveen</h1>
                <p>Hier ziet u hoeveel mensen er in Lindeveen wonen en werken.</p>
                <div class="kpi"><span>Inwoners</span> <strong>41.250</strong></div>
                <ul><li><a href="/ai">› AI-verordening in het kort</a></li><li>› <a href="/wet">Wetten en regels voor de gemeente</a></li></ul>
                <ul><li><a href="/afval">Afval en grondstoffen in uw buurt</a></li></ul>
                <div><a href="/a" role="button">Downloaden als CSV-bestand</a> <button>Delen</button></div>
                <figure><div>Groei per jaar 2020 tot 2024</div><figcaption>De bevolking groeit elk jaar een beetje.</figcaption></figure>
                <p>Lees meer over <a href="/wonen">wonen in Lindeveen</a> op de pagina over wonen.</p></main>""";
        assertEquals(List.of("Cijfers over Lindeveen", "Hier ziet u hoeveel mensen er in Lindeveen wonen en werken.",
                "De bevolking groeit elk jaar een beetje.", "Lees meer over wonen in Lindeveen op de pagina over wonen."),
                TextBlocks.of(Jsoup.parse(html)).blocks());
    }

    @Test
    void leavesOutWhatIsHiddenFromEveryoneAndPartsInAnotherLanguageButReadsWhatOnlyScreenReadersSkip() {
        String html = "<main><p>Welkom.</p><p hidden>Verborgen.</p><p style=\"display: none\">Ook verborgen.</p>"
                + "<p aria-hidden=\"true\">Wel te zien.</p><p lang=\"en\">Welcome.</p><p lang=\"nl-BE\">Goeiedag.</p></main>";
        assertEquals(List.of("Welkom.", "Wel te zien.", "Goeiedag."), TextBlocks.of(Jsoup.parse(html)).blocks());
    }

    @Test
    void remembersAbbreviationsExplainedWithAbbrTitle() {
        String html = "<main><p>De <abbr title=\"waardering onroerende zaken\">WOZ</abbr> stijgt.</p></main>";
        assertTrue(TextBlocks.of(Jsoup.parse(html)).explained().contains("WOZ"));
    }

    @Test
    void plainTextIsCutAtEmptyLinesListItemsAndHeadings() {
        String text = """
                Bijzondere bijstand

                Heeft u onverwachte kosten? Dan kunt u
                misschien bijzondere bijstand krijgen.
                - U heeft een laag inkomen.
                - U kunt de kosten niet betalen
                1. Vul het formulier in.
                """;
        assertEquals(List.of("Bijzondere bijstand", "Heeft u onverwachte kosten? Dan kunt u misschien bijzondere bijstand krijgen.",
                "- U heeft een laag inkomen.", "- U kunt de kosten niet betalen", "1. Vul het formulier in."),
                TextBlocks.ofPlainText(text).blocks());
    }
}
