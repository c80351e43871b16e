package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedRegionTest {

    @Test
    void headerNavigationAndFooterBySelectorRoleOrName() {
        for (String selector : List.of("header > a.logo > img", "body > footer p", "nav li > a", "main nav > a",
                "div[role=\"banner\"] img", "[role=navigation] a", "div[role='contentinfo'] > a", "#site-header > a",
                ".mainMenu > li > a", "#footer_links a", "ol.breadcrumb a")) {
            assertTrue(SharedRegion.contains(selector), selector);
        }
    }

    @Test
    void contentElsewhereIncludingAnArticlesOwnHeaderIsNot() {
        for (String selector : List.of("main > p:nth-child(7) > span", "article > header > h2", "section footer a",
                ".artikel-beeld", "#headerless", ".subheader-text", "img[alt=\"header\"]")) {
            assertFalse(SharedRegion.contains(selector), selector);
        }
        assertFalse(SharedRegion.contains(null));
    }
}
