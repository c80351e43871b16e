package nl.ketenscan.crawler;

import nl.ketenscan.crawler.crawl.FixtureServer;

/**
 * A small site whose only navigation is a menu a script inserts on load: the served HTML of its home
 * page links nowhere, the rendered DOM links to two pages, each with an image without alt text.
 */
final class JavaScriptMenuSite {

    private JavaScriptMenuSite() {
    }

    static void serve(FixtureServer site) {
        site.page("/", page("Home", """
                <p>Welkom bij de gemeente.</p>
                <script>
                  document.addEventListener('DOMContentLoaded', function () {
                    var nav = document.createElement('nav');
                    nav.setAttribute('aria-label', 'Hoofdmenu');
                    nav.innerHTML = '<ul><li><a href="/afval/">Afval</a></li>'
                        + '<li><a href="/parkeren/">Parkeren</a></li></ul>';
                    document.body.insertBefore(nav, document.body.firstChild);
                  });
                </script>
                """));
        site.page("/afval/", page("Afval", "<img src=\"/container.png\">"));
        site.page("/parkeren/", page("Parkeren", "<img src=\"/parkeerzone.png\">"));
    }

    /** A page that passes axe apart from what {@code body} adds. */
    static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
