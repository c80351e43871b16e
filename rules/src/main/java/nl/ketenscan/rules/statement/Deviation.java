package nl.ketenscan.rules.statement;

import java.util.List;
import java.util.Objects;

import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;

/**
 * One entry of the list of deviations ("afwijkingen") a toegankelijkheidsverklaring needs: a success
 * criterion, what fails, where and how badly. Cause, measure and planned date are the organisation's
 * to fill in; the CSV export leaves them empty for that.
 *
 * @param criterion     the success criterion number, e.g. {@code 1.1.1}
 * @param criterionName its official Dutch name; null for a criterion outside WCAG 2.1 A and AA
 * @param rule          the rule that found it, e.g. axe's {@code image-alt}
 * @param whatFails     what fails, as the first occurrence's message says it; empty when it says nothing
 * @param impact        the most severe impact among its occurrences; null when the engine gave none
 * @param pages         the pages it occurs on, in scan order
 * @param elements      the selectors of the failing elements, each once
 */
public record Deviation(String criterion, String criterionName, String rule, List<Message> whatFails, Impact impact,
                        List<String> pages, List<String> elements) {

    public Deviation {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(rule, "rule");
        whatFails = List.copyOf(whatFails);
        pages = List.copyOf(pages);
        elements = List.copyOf(elements);
    }
}
