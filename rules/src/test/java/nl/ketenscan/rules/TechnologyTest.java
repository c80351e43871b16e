package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TechnologyTest {

    @Test
    void readsTheTechnologiesAPageUsesFromItsMarkup() {
        PageContent page = PageContent.parse("https://gemeente.example/", """
                <html><head><link rel="stylesheet" href="/s.css"><script src="/app.js"></script></head>
                <body><nav aria-label="Hoofdmenu"><img src="/logo.svg" alt="Logo"></nav></body></html>""");

        assertEquals(Set.of(Technology.HTML, Technology.CSS, Technology.JAVASCRIPT, Technology.WAI_ARIA,
                Technology.SVG), Technology.of(page));
    }

    @Test
    void aPlainPageIsHtmlOnlyAndStructuredDataIsNoScript() {
        PageContent page = PageContent.parse("https://gemeente.example/", """
                <html><head><script type="application/ld+json">{}</script></head><body><p>Tekst</p></body></html>""");

        assertEquals(Set.of(Technology.HTML), Technology.of(page));
    }
}
