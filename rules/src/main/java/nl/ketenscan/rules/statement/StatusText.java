package nl.ketenscan.rules.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a declared status from the words a statement or its label uses. A letter written next to
 * its label ("B – voldoet gedeeltelijk") or after "Status" is the clearest sign; a label alone
 * ("voldoet gedeeltelijk") counts next, the first one in the text, because statements state their
 * status before they describe the parts that do not comply.
 */
final class StatusText {

    private static final String LABELS = "voldoet volledig|voldoet gedeeltelijk|eerste maatregelen genomen"
            + "|voldoet niet(?! volledig| geheel| helemaal)|fully compliant|partially compliant|not compliant"
            + "|first measures taken";
    private static final Pattern LETTER_AND_LABEL = Pattern.compile(
            "(?<![\\p{L}\\d])([A-D])\\s*[-–—:]\\s*(?i:(" + LABELS + "))");
    private static final Pattern STATUS_LETTER = Pattern.compile("(?i:status)\\s*:?\\s*([A-D])(?![\\p{L}\\d])");
    private static final Pattern LABEL = Pattern.compile("(?i)(?<![\\p{L}])(" + LABELS + ")(?![\\p{L}])");
    private static final Pattern FILE_NAME_STATUS = Pattern.compile("(?i)status[-_]?([a-d])(?![\\p{L}\\d])");

    private StatusText() {
    }

    /** The status the text declares, if it names one. */
    static Optional<StatementStatus> read(String text) {
        String flat = text.replaceAll("\\s+", " ");
        Matcher letterAndLabel = LETTER_AND_LABEL.matcher(flat);
        if (letterAndLabel.find()) {
            return StatementStatus.fromLetter(letterAndLabel.group(1));
        }
        Matcher statusLetter = STATUS_LETTER.matcher(flat);
        if (statusLetter.find()) {
            return StatementStatus.fromLetter(statusLetter.group(1));
        }
        Matcher label = LABEL.matcher(flat);
        return label.find() ? Optional.of(ofLabel(label.group(1))) : Optional.empty();
    }

    /** The status in a label image's file name, e.g. {@code toegankelijkheidslabel-status-b.svg}. */
    static Optional<StatementStatus> readFileName(String src) {
        Matcher matcher = FILE_NAME_STATUS.matcher(src);
        return matcher.find()
                ? StatementStatus.fromLetter(matcher.group(1).toUpperCase(Locale.ROOT))
                : Optional.empty();
    }

    private static StatementStatus ofLabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.equals("voldoet volledig") || lower.equals("fully compliant")) {
            return StatementStatus.A;
        }
        if (lower.equals("voldoet gedeeltelijk") || lower.equals("partially compliant")) {
            return StatementStatus.B;
        }
        if (lower.equals("eerste maatregelen genomen") || lower.equals("first measures taken")) {
            return StatementStatus.C;
        }
        return StatementStatus.D;
    }
}
