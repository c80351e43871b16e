package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.rules.keyboard.TabWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TabWalkerWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    private static FixtureServer site;
    private static ChromiumInstance browser;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        site.serve("/keyboard", Map.of());
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none());
        ClickListenerMarks.register(browser.driver());
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @Test
    void prints() {
        for (String page : new String[] {"template.html", "trap.html", "modal-escape.html"}) {
            TabWalk walk = walk(page);
            System.out.println(page + " " + walk.end() + " tabbable " + walk.tabbableCount());
            walk.stops().forEach(s -> System.out.println("  " + s.step() + " " + s.direction() + " " + (s.leftPage() ? "LEFT" : s.selector() + " [" + s.name() + "] moved=" + s.focusMovedTo())));
            System.out.println("  skip " + walk.skipLink() + " clicks " + walk.clickTargets() + " contents " + walk.contents());
        }
        assertEquals(1, 1);
    }

    private static TabWalk walk(String page) {
        browser.driver().get(site.url("/" + page));
        return new TabWalker(BUDGET).walk(browser.driver());
    }
}
