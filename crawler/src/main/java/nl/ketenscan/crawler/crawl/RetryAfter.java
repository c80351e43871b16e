package nl.ketenscan.crawler.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a server that answered 429 or 503 asked to be left alone (RFC 9110 §10.2.3): its
 * Retry-After in seconds or as a date; without one, 1 s before the second try and 2 s before the third.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * @param header  the Retry-After header, when sent
     * @param attempt 0 for the first answer, 1 for the second…
     * @return empty when the header is there but cannot be read: then ketenscan does not guess
     */
    static Optional<Duration> parse(Optional<String> header, int attempt) {
        if (header.isEmpty()) {
            return Optional.of(Duration.ofSeconds(1L << Math.min(attempt, 10)));
        }
        String value = header.get().strip();
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ofSeconds(value.length() > 9 ? 999_999_999 : Long.parseLong(value)));
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(Instant.now(), until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
