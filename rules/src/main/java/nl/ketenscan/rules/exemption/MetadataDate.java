package nl.ketenscan.rules.exemption;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

/** Turns a date found in file metadata (year, and month and day when given) into a LocalDate. */
final class MetadataDate {

    /** Office files did not exist before this; an earlier year is a writer's placeholder, not a date. */
    private static final int EARLIEST_YEAR = 1980;

    private MetadataDate() {
    }

    /** The first well-formed date the matcher finds; groups 1–3 are year, month and day, the last two optional. */
    static Optional<LocalDate> first(Matcher matcher) {
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            int month = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
            int day = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
            if (year >= EARLIEST_YEAR && isDate(year, month, day)) {
                return Optional.of(LocalDate.of(year, month, day));
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
