package nl.ketenscan.rules.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HiddenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>tekst</p>| false| false",
            "<p hidden>tekst</p>| true| true",
            "<p style='color: red; DISPLAY : none'>tekst</p>| true| true",
            "<p style='visibility:hidden'>tekst</p>| true| true",
            "<p style='--display: none-ish'>tekst</p>| false| false",
            "<p aria-hidden='TRUE '>tekst</p>| false| true",
            "<p aria-hidden='false'>tekst</p>| false| false",
            "<template>tekst</template>| true| true",
            "<noscript>tekst</noscript>| true| true"})
    void ariaHiddenHidesFromAssistiveTechOnlyTheRestFromEveryone(String html, boolean fromEveryone, boolean fromAssistiveTech) {
        Element element = Jsoup.parseBodyFragment(html).body().child(0);

        assertEquals(fromEveryone, Hidden.fromEveryone(element), html);
        assertEquals(fromAssistiveTech, Hidden.fromAssistiveTech(element), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "<div aria-hidden='true'><a href='/'>Home</a></div>; true",
            "<div style='display:none'><span><a href='/'>Home</a></span></div>; true",
            "<div><a href='/'>Home</a></div>; false"})
    void anElementInsideAHiddenOneIsHiddenToo(String html, boolean hidden) {
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");

        assertEquals(hidden, Hidden.fromAssistiveTechWithAncestors(link), html);
    }
}
