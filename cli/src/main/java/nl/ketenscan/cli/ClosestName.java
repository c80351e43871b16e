package nl.ketenscan.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name someone probably meant when they mistyped one ("maxpage" for "maxPages"). */
final class ClosestName {

    /** Two edits catch the usual typos and wrong case without suggesting unrelated names. */
    private static final int MAX_EDITS = 2;

    private ClosestName() {
    }

    static Optional<String> among(Collection<String> names, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = editDistance(wanted, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        boolean close = bestDistance <= MAX_EDITS && bestDistance < wanted.length();
        return close ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
