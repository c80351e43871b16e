package nl.ketenscan.rules.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainContentTest {

    @Test
    void theShownOutermostMainLandmarksElseTheBody() {
        Document twoMains = Jsoup.parse("<main id='a' hidden><p>Oud</p></main><div role='main' id='b'><main id='c'></main></div>");
        Document none = Jsoup.parse("<div>Alleen</div>");

        assertEquals(List.of("b"), twoMains.body() == null ? List.of() : MainContent.roots(twoMains).stream().map(Element::id).toList());
        assertEquals(List.of(none.body()), MainContent.roots(none));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "<header id='t'>Logo</header>; true",
            "<footer id='t'>Adres</footer>; true",
            "<nav id='t'>Menu</nav>; true",
            "<main><nav id='t'>Op deze pagina</nav></main>; true",
            "<div role='contentinfo' id='t'>Adres</div>; true",
            "<main><header id='t'><h1>Afval</h1></header></main>; false",
            "<article><footer id='t'>Geplaatst op 1 mei</footer></article>; false",
            "<div role='region'><header id='t'>Kop</header></div>; false",
            "<header role='presentation' id='t'>Kop</header>; false"})
    void theTemplateIsTheBannerNavigationAndContentinfoLandmarks(String html, boolean template) {
        assertEquals(template, MainContent.isTemplate(Jsoup.parse(html).getElementById("t")), html);
    }
}
