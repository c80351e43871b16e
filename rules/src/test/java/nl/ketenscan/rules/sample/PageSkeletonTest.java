package nl.ketenscan.rules.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nl.ketenscan.rules.PageContent;
import org.junit.jupiter.api.Test;

class PageSkeletonTest {

    private static final String FRAME = """
            <!DOCTYPE html><html lang="nl"><head><title>%s</title></head><body>
            <header class="kop"><div class="binnen"><a href="/">Logo</a></div><nav><ul><li><a href="/a">A</a></li></ul></nav></header>
            <main>%s</main>
            <footer><div class="voet"><section><h2>Contact</h2></section><section><h2>Over</h2></section></div></footer>
            </body></html>
            """;

    @Test
    void pagesOfOneTemplateShareTheSkeletonWhateverTheirTextListsAndTables() {
        String afval = skeleton("Afval", "<h1>Afval</h1><p>Ophaaldagen.</p><table><tr><td>ma</td></tr></table>");
        String paspoort = skeleton("Paspoort", "<h1>Paspoort aanvragen</h1><p>Maak een afspraak.</p><p>Neem een foto mee.</p>"
                + "<ul><li>Foto</li><li>Oud paspoort</li><li>Pinpas</li></ul>");

        assertEquals(afval, paspoort);
        assertEquals(12, afval.length());
    }

    @Test
    void repeatedContainersCountOnce() {
        assertEquals(skeleton("Nieuws", "<section><article>1</article></section>"),
                skeleton("Nieuws", "<section><article>1</article><article>2</article><article>3</article></section>"));
    }

    @Test
    void aDifferentStructureGivesAnotherSkeleton() {
        String content = skeleton("Afval", "<h1>Afval</h1><p>Tekst.</p>");

        assertNotEquals(content, skeleton("Melding", "<h1>Melding</h1><form><fieldset><input name=a></fieldset></form>"));
        assertNotEquals(content, skeleton("Nieuws", "<article><header><h1>Nieuws</h1></header><div class=tekst>…</div></article>"));
    }

    private static String skeleton(String title, String main) {
        return PageSkeleton.of(PageContent.parse("https://www.heuvelrand.example/", FRAME.formatted(title, main)));
    }
}
