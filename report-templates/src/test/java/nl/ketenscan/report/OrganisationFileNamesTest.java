package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationFileNamesTest {

    @Test
    void nameBecomesLowerCaseWordsJoinedByHyphens() {
        assertEquals(List.of("organisatie-gemeente-s-hertogenbosch.html"),
                OrganisationFileNames.of(List.of("Gemeente 's-Hertogenbosch")));
    }

    @Test
    void accentsAreDroppedNotTheLetters() {
        assertEquals("stichting-welzijn-zuid-oost-cafe-ecru", OrganisationFileNames.slug("Stichting Wélzijn Zuid–Oost: Café Écru"));
    }

    @Test
    void collidingNamesGetANumber() {
        assertEquals(List.of("organisatie-ido.html", "organisatie-ido-2.html", "organisatie-ido-3.html"),
                OrganisationFileNames.of(List.of("IDO", "Ido", "IDO!")));
    }

    @Test
    void aNumberedNameCannotTakeTheFileOfAnotherOrganisation() {
        assertEquals(List.of("organisatie-ido.html", "organisatie-ido-2.html", "organisatie-ido-2-2.html"),
                OrganisationFileNames.of(List.of("IDO", "IDO", "IDO 2")));
    }

    @Test
    void aNameWithoutLettersOrDigitsStillGetsAFile() {
        assertEquals(List.of("organisatie-naamloos.html", "organisatie-naamloos-2.html"),
                OrganisationFileNames.of(List.of("???", "—")));
    }

    @Test
    void longNamesAreCutWithoutATrailingHyphen() {
        String slug = OrganisationFileNames.slug("Stichting voor Maatschappelijke Dienstverlening en Welzijn in de Regio Noord");

        assertTrue(slug.length() <= 60, slug);
        assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
    }
}
