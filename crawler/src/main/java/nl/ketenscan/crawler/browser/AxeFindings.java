package nl.ketenscan.crawler.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.AxeTags;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;

/**
 * Turns axe's results into ketenscan findings: one finding per element, axe violations as failures and
 * axe incomplete results as needing review.
 *
 * <p>An element inside a frame or a shadow root gets axe's path to it joined with {@code " >>> "}: each
 * step is a CSS selector in the document or shadow root opened by the element of the step before, so
 * {@code iframe#form >>> input#name} is the input in the iframe's document. Plain elements keep axe's
 * single selector.
 */
final class AxeFindings {

    static final String INTO_FRAME_OR_SHADOW_ROOT = Finding.INTO_FRAME_OR_SHADOW_ROOT;

    private AxeFindings() {
    }

    /** @throws IllegalArgumentException for errored results, which must never read as "no findings" */
    static List<Finding> from(Results results) {
        if (results.isErrored()) {
            throw new IllegalArgumentException("errored axe results have no findings: " + results.getErrorMessage());
        }
        List<Finding> findings = new ArrayList<>();
        add(results.getViolations(), Outcome.FAILED, findings);
        add(results.getIncomplete() == null ? null : results.getIncomplete().stream()
                .filter(rule -> !AxeRuleSelection.FAILURES_ONLY.contains(rule.getId())).toList(), Outcome.NEEDS_REVIEW, findings);
        return findings;
    }

    private static void add(List<Rule> rules, Outcome outcome, List<Finding> findings) {
        if (rules == null) {
            return;
        }
        for (Rule rule : rules) {
            List<String> criteria = AxeTags.criteria(rule.getTags() == null ? List.of() : rule.getTags());
            for (CheckedNode node : rule.getNodes()) {
                findings.add(new Finding(rule.getId(), Engine.AXE, outcome, criteria, impact(node, rule),
                        selector(node.getTarget()), node.getHtml(), message(node, rule), rule.getHelpUrl()));
            }
        }
    }

    private static Impact impact(CheckedNode node, Rule rule) {
        return Impact.fromId(node.getImpact()).or(() -> Impact.fromId(rule.getImpact())).orElse(null);
    }

    /**
     * The rule's explanation, then what axe's check data says about this element (the contrast
     * measured, the attributes missing…), as messages the report words in its language; axe's own
     * failure summary is English only.
     */
    private static List<Message> message(CheckedNode node, Rule rule) {
        List<Message> message = new ArrayList<>();
        message.add(AxeRuleText.explanation(rule.getId()));
        message.addAll(AxeCheckDetails.of(node));
        return message;
    }

    /** axe's target: a list of steps through frames, each a selector or a list of steps through shadow roots. */
    static String selector(Object target) {
        if (target == null) {
            return null;
        }
        if (target instanceof List<?> steps) {
            List<String> selectors = new ArrayList<>();
            for (Object step : steps) {
                selectors.add(selector(step));
            }
            return String.join(INTO_FRAME_OR_SHADOW_ROOT, selectors);
        }
        return target.toString();
    }
}
