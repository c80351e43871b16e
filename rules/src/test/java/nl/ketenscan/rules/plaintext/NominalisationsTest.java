package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NominalisationsTest {

    @Test
    void findsNounsMadeFromVerbs() {
        assertEquals(List.of("verstrekking", "behandeling", "vaststelling"),
                Nominalisations.find(List.of("na", "verstrekking", "en", "behandeling", "volgt", "vaststelling")));
        assertEquals(List.of("registratie", "aansprakelijkheid"),
                Nominalisations.find(List.of("de", "registratie", "en", "aansprakelijkheid")));
    }

    @Test
    void findsHetWithAnInfinitiveAndVan() {
        assertEquals(List.of("het indienen van"),
                Nominalisations.find(List.of("bij", "het", "indienen", "van", "uw", "bezwaar")));
        assertEquals(List.of(), Nominalisations.find(List.of("het", "vermogen", "van", "uw", "partner")));
    }

    @Test
    void everydayNounsOfThatFormAreNotCounted() {
        assertEquals(List.of(), Nominalisations.find(
                List.of("woning", "uitkering", "bijstandsuitkering", "informatie", "gezondheid", "vergunningen")));
    }
}
