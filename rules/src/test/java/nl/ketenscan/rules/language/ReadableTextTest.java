package nl.ketenscan.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReadableTextTest {

    @Test
    void collapsesWhiteSpaceAndLeavesOutAddressesCountingWordsWithALetter() {
        Element p = Jsoup.parse("<p>Bel\t085\n123 45 67 of mail info@lindeveen.nl,\r\nzie https://lindeveen.nl"
                + " of www.lindeveen.nl:\u000B\fklaar.<br>Één&nbsp;woord 𝐀𝐁</p>").selectFirst("p");

        ReadableText text = ReadableText.of(p, element -> false);

        assertEquals("Bel 085 123 45 67 of mail zie of klaar. Één\u00A0woord 𝐀𝐁", text.text());
        assertEquals(8, text.words(), "085, 123, 45 and 67 hold no letter; a no-break space joins two words");
        assertEquals(29, text.letters());
    }
}
