package nl.ketenscan.rules.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextTest {

    @Test
    void eachBlockHoldsItsOwnTextCutAtLineBreaksAndTheBlocksInside() {
        Document page = Jsoup.parse("<body><header>Logo</header><main id='m'>Intro <b>vet</b>&nbsp;hier"
                + "<p id='p'>Postbus 100<br>7940 AC  Lindeveen</p> slot<div hidden>Weg</div></main></body>");

        List<MainText.Block> blocks = MainText.of(page);

        assertEquals(List.of("m", "p"), blocks.stream().map(b -> b.element().id()).toList());
        assertEquals(List.of("Intro vet hier", "slot"), blocks.get(0).lines());
        assertEquals("Postbus 100 7940 AC Lindeveen", blocks.get(1).text());
    }

    @Test
    void withoutMainTheBodyIsReadWithoutTheTemplateAndWithoutWhatTheCallerSkips() {
        Document page = Jsoup.parse("<body><nav><p>Menu</p></nav><h1>Afval</h1><form><p>Zoek</p></form>"
                + "<footer><p>Adres</p></footer></body>");

        assertEquals(List.of("Afval", "Zoek"), MainText.of(page).stream().map(MainText.Block::text).toList());
        assertEquals(List.of("Afval"), MainText.of(page, e -> e.nameIs("form")).stream().map(MainText.Block::text).toList());
    }
}
