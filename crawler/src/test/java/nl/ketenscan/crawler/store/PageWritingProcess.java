package nl.ketenscan.crawler.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;

/**
 * The child JVM of {@link ScanStoreKillTest}: crawls an endless chain of pages into a store and
 * prints {@code committed N} after each page, until it is killed (or reaches a bound, so a test
 * that forgets to kill it does not leave it running for ever).
 */
final class PageWritingProcess {

    static final int MAX_PAGES = 50_000;

    private PageWritingProcess() {
    }

    public static void main(String[] args) {
        try (ScanStore store = ScanStore.open(Path.of(args[0]))) {
            store.begin("kill-test", Instant.now(), "test", "4.11.1",
                    List.of(Organisation.of("Gemeente", Role.GEMEENTE, List.of(url(0)))));
            store.enqueue(0, url(0), 0);
            for (int i = 0; i < MAX_PAGES; i++) {
                store.complete(new FrontierEntry(0, url(i), i), page(i), List.of(new FrontierEntry(0, url(i + 1), i + 1)));
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }

    static String url(int i) {
        return "https://example.nl/page/" + i;
    }

    static int findingsOf(int i) {
        return i % 7;
    }

    static PageResult page(int i) {
        List<Finding> findings = new ArrayList<>();
        for (int f = 0; f < findingsOf(i); f++) {
            findings.add(new Finding("rule-" + f, Engine.AXE, Outcome.FAILED, List.of("1.1.1", "2.4.4"),
                    Impact.SERIOUS, "#e" + f, "<a id=\"e" + f + "\">" + "x".repeat(300) + "</a>", "message", null));
        }
        return new PageResult(url(i), url(i), 200, "text/html", "Page " + i, "nl", null, findings, null, i, i, null,
                PageFacts.NONE);
    }
}
