package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One defect, found on one or more pages: findings with the same {@link Finding#fingerprint()}.
 *
 * @param example     the first finding, which stands for all of them
 * @param pages       the URLs the defect occurs on, in scan order
 * @param occurrences how many findings were grouped, at least the number of pages
 */
public record Issue(String fingerprint, Finding example, List<String> pages, int occurrences) {

    public Issue {
        pages = List.copyOf(pages);
    }

    /** Most severe first, then the widest reach, so the list reads as "fix first". */
    static final Comparator<Issue> FIX_FIRST = Comparator
            .comparing((Issue i) -> i.example().outcome())
            .thenComparing(i -> i.example().impact() == null ? Impact.values().length : i.example().impact().ordinal())
            .thenComparing(i -> -i.pages().size())
            .thenComparing(Issue::fingerprint);

    static List<Issue> group(List<PageResult> pages) {
        Map<String, Finding> examples = new LinkedHashMap<>();
        Map<String, Set<String>> urls = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PageResult page : pages) {
            for (Finding finding : page.findings()) {
                String fingerprint = finding.fingerprint();
                examples.putIfAbsent(fingerprint, finding);
                urls.computeIfAbsent(fingerprint, k -> new LinkedHashSet<>()).add(page.url());
                counts.merge(fingerprint, 1, Integer::sum);
            }
        }
        List<Issue> issues = new ArrayList<>();
        examples.forEach((fingerprint, example) -> issues.add(
                new Issue(fingerprint, example, List.copyOf(urls.get(fingerprint)), counts.get(fingerprint))));
        issues.sort(FIX_FIRST);
        return issues;
    }
}
