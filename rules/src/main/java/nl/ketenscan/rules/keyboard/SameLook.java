package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;

/**
 * Groups a page's findings that one CSS rule causes (the same look on many links), so that the page
 * gets one finding per look, at its first element, naming how many more share it: a report of
 * forty identical findings per page would bury the one fix.
 */
final class SameLook {

    private static final int NAMED = 3;

    private final Map<String, Finding> first = new LinkedHashMap<>();
    private final Map<String, List<String>> others = new LinkedHashMap<>();

    /** @param look what the elements that share the defect have in common */
    void add(String look, TabStop stop, Finding finding) {
        if (first.putIfAbsent(look, finding) != null) {
            others.computeIfAbsent(look, key -> new ArrayList<>()).add(stop.selector());
        }
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        first.forEach((look, finding) -> {
            List<String> more = others.getOrDefault(look, List.of());
            if (more.isEmpty()) {
                findings.add(finding);
                return;
            }
            List<Message> words = new ArrayList<>(finding.message());
            words.add(Message.of("same-look.more", more.size(), String.join(", ", more.subList(0, Math.min(NAMED, more.size())))));
            findings.add(new Finding(finding.rule(), finding.engine(), finding.outcome(), finding.criteria(),
                    finding.impact(), finding.selector(), finding.snippet(), words, finding.helpUrl()));
        });
        return findings;
    }
}
