package nl.ketenscan.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OriginPlaceholdersTest {

    private final OriginPlaceholders placeholders = new OriginPlaceholders(Map.of(
            "gemeente", "http://127.0.0.1:4000",
            "welzijn", "http://127.0.0.1:4001"));

    @Test
    void fillsEveryKnownPlaceholder() {
        assertEquals("<a href=\"http://127.0.0.1:4001/\">Welzijn</a> http://127.0.0.1:4000/sitemap.xml",
                placeholders.fill("<a href=\"{{origin:welzijn}}/\">Welzijn</a> {{origin:gemeente}}/sitemap.xml"));
    }

    @Test
    void leavesUnknownPlaceholdersSoTheyShowAsBrokenLinks() {
        assertEquals("{{origin:woningcorporatie}}/", placeholders.fill("{{origin:woningcorporatie}}/"));
    }

    @Test
    void leavesOtherBracesAlone() {
        String css = "a { color: red; } {{niet-een-origin}}";
        assertEquals(css, placeholders.fill(css));
    }
}
