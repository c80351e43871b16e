package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WCAG success criteria from axe-core's rule tags: {@code wcag111} is 1.1.1, {@code wcag1410}
 * is 1.4.10. Level tags such as {@code wcag2aa} name no criterion and are skipped.
 */
public final class AxeTags {

    private static final Pattern CRITERION = Pattern.compile("wcag([1-4])(\\d)(\\d+)");

    private AxeTags() {
    }

    public static List<String> criteria(List<String> tags) {
        List<String> criteria = new ArrayList<>();
        for (String tag : tags) {
            Matcher m = CRITERION.matcher(tag);
            if (m.matches()) {
                criteria.add(m.group(1) + '.' + m.group(2) + '.' + Integer.parseInt(m.group(3)));
            }
        }
        return criteria;
    }
}
