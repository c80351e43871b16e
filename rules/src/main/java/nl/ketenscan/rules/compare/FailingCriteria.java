package nl.ketenscan.rules.compare;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;

/**
 * The success criteria with at least one proven failure at an organisation: those whose verdict is
 * "fails". Sorted by number (1.4.3 before 1.4.10), as the WCAG lists them.
 */
public final class FailingCriteria {

    /** Compares criterion numbers part by part, so 1.4.10 comes after 1.4.3. */
    public static final Comparator<String> WCAG_ORDER = FailingCriteria::compareNumbers;

    private FailingCriteria() {
    }

    public static List<String> of(OrganisationResults organisation) {
        TreeSet<String> criteria = new TreeSet<>(WCAG_ORDER);
        for (Issue issue : organisation.issues()) {
            if (issue.example().outcome() == Outcome.FAILED) {
                criteria.addAll(issue.example().criteria());
            }
        }
        return List.copyOf(criteria);
    }

    private static int compareNumbers(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareParts(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareParts(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
