package nl.ketenscan.rules.language;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import nl.ketenscan.rules.language.LanguageDetector.Mismatch;

/**
 * The detector's verdicts on the passages it judged last, so that a passage met again is not
 * judged again: a site's template repeats its footer, contact block and cookie notice on every
 * page, and lingua takes 30 µs a call plus 0.27 µs a character. The verdict is lingua's on the very
 * same text and expected language, so it is the same verdict; only the time is saved.
 *
 * <p>Bounded by the characters it holds, least recently used out first, so memory stays flat
 * however many pages a scan has. Safe for the scan's worker threads; two threads that meet a new
 * passage at once may both judge it.
 *
 * <p>The {@link LanguageDetector} the rules of {@code OwnRules} share lives as long as the JVM, and so
 * does this cache: it is the one state they keep, and sharing it between scans (or tests) changes no
 * verdict, since each entry is a pure function of its key.
 */
final class RecentVerdicts {

    private final int capacityChars;
    private final LinkedHashMap<Key, Optional<Mismatch>> verdicts = new LinkedHashMap<>(16, 0.75f, true);
    private int chars;

    /** @param capacityChars how many characters of text to remember at most */
    RecentVerdicts(int capacityChars) {
        this.capacityChars = capacityChars;
    }

    /** The verdict on {@code text} in {@code expected}: remembered, or judged now and remembered. */
    Optional<Mismatch> verdict(String text, SupportedLanguage expected, Supplier<Optional<Mismatch>> judge) {
        Key key = new Key(text, expected);
        Optional<Mismatch> known;
        synchronized (verdicts) {
            known = verdicts.get(key);
        }
        if (known != null) {
            return known;
        }
        Optional<Mismatch> judged = judge.get();
        if (text.length() <= capacityChars) {
            remember(key, judged);
        }
        return judged;
    }

    private void remember(Key key, Optional<Mismatch> verdict) {
        synchronized (verdicts) {
            if (verdicts.put(key, verdict) == null) {
                chars += key.text().length();
            }
            Iterator<Key> eldest = verdicts.keySet().iterator();
            while (chars > capacityChars) {
                chars -= eldest.next().text().length();
                eldest.remove();
            }
        }
    }

    private record Key(String text, SupportedLanguage expected) {
    }
}
