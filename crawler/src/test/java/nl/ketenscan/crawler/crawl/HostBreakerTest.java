package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class HostBreakerTest {

    private final HostBreaker breaker = new HostBreaker(3);

    private static FetchResult answer(String url, int status) {
        return new FetchResult(url, url, status, "text/html", new byte[0], false, null);
    }

    private static FetchResult noAnswer(String url) {
        return FetchResult.failed(url, url, 0, "could not connect to www.lindeveen.nl");
    }

    @Test
    void aHostIsGivenUpAfterFailuresInARow() {
        assertEquals(Optional.empty(), breaker.record("https://www.lindeveen.nl/a", answer("https://www.lindeveen.nl/a", 503)));
        assertEquals(Optional.empty(), breaker.record("https://www.lindeveen.nl/b", noAnswer("https://www.lindeveen.nl/b")));

        Message note = breaker.record("https://www.lindeveen.nl/c", answer("https://www.lindeveen.nl/c", 429)).orElseThrow();

        assertTrue(breaker.stopped("http://www.lindeveen.nl/elders"));
        assertEquals(Message.of("note.host-stopped", "www.lindeveen.nl", 3, "HTTP 429"), note);
        assertFalse(breaker.stopped("https://bibliotheek.lindeveen.nl/"), "other hosts go on");
        assertEquals(Optional.empty(), breaker.record("https://www.lindeveen.nl/d", answer("https://www.lindeveen.nl/d", 503)),
                "given up once, noted once");
    }

    @Test
    void anAnswerResetsTheCount() {
        breaker.record("https://www.lindeveen.nl/a", answer("https://www.lindeveen.nl/a", 500));
        breaker.record("https://www.lindeveen.nl/b", answer("https://www.lindeveen.nl/b", 502));
        breaker.record("https://www.lindeveen.nl/c", answer("https://www.lindeveen.nl/c", 404));
        breaker.record("https://www.lindeveen.nl/d", answer("https://www.lindeveen.nl/d", 500));
        breaker.record("https://www.lindeveen.nl/e", answer("https://www.lindeveen.nl/e", 500));

        assertFalse(breaker.stopped("https://www.lindeveen.nl/"));
    }
}
