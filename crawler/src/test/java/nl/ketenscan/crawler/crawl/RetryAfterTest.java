package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void secondsAreTakenAsGiven() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(Optional.of(" 120 "), 0));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("0"), 1));
    }

    @Test
    void aDateIsTheWaitUntilThen() {
        String inFiveMinutes = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(5).format(DateTimeFormatter.RFC_1123_DATE_TIME);

        Duration wait = RetryAfter.parse(Optional.of(inFiveMinutes), 0).orElseThrow();

        assertTrue(wait.compareTo(Duration.ofMinutes(4)) > 0 && wait.compareTo(Duration.ofMinutes(5)) <= 0, wait.toString());
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"), 0));
    }

    @Test
    void withoutAHeaderTheWaitDoubles() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), RetryAfter.parse(Optional.empty(), 0));
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryAfter.parse(Optional.empty(), 1));
    }

    @Test
    void anUnreadableHeaderIsNoInvitationToRetry() {
        assertEquals(Optional.empty(), RetryAfter.parse(Optional.of("straks"), 0));
        assertEquals(Optional.of(Duration.ofSeconds(999_999_999)), RetryAfter.parse(Optional.of("99999999999999999999"), 0));
    }
}
