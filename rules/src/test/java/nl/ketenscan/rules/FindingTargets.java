package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * Findings and expectations as comparable text: one line {@code "<outcome> <selector>"} per
 * (element, outcome), sorted, each element written as jsoup's unique selector for it. Both the
 * expected selector and the finding's are resolved in the page, so a fixture may name an element
 * however it likes ({@code #klik-hier} for jsoup's {@code #inhoud > p.afspraak > a}), as long as its
 * selector picks exactly that one element. Without a page (a site rule's page given only by its
 * URL and title) selectors are compared as written.
 */
final class FindingTargets {

    private FindingTargets() {
    }

    static List<String> ofFindings(List<Finding> findings, Document page, String where) {
        TreeSet<String> lines = new TreeSet<>();
        for (Finding finding : findings) {
            lines.add(line(finding.outcome(), finding.selector(), page, where + ", a finding's selector"));
        }
        return new ArrayList<>(lines);
    }

    static List<String> ofExpected(ExpectedFindings expected, Document page, String where) {
        TreeSet<String> lines = new TreeSet<>();
        for (Map.Entry<Outcome, List<String>> outcome : expected.selectors().entrySet()) {
            for (String selector : outcome.getValue()) {
                lines.add(line(outcome.getKey(), selector, page, where + ", an expected selector"));
            }
        }
        return new ArrayList<>(lines);
    }

    private static String line(Outcome outcome, String selector, Document page, String where) {
        return outcome.id() + " " + canonical(selector, page, where);
    }

    /** The one element the selector picks, as jsoup names it; the page itself when there is no selector. */
    private static String canonical(String selector, Document page, String where) {
        if (selector == null || selector.isEmpty()) {
            return "(the page)";
        }
        if (page == null) {
            return selector;
        }
        Elements picked;
        try {
            picked = page.select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new AssertionError(where + " \"" + selector + "\" is no CSS selector: " + e.getMessage(), e);
        }
        if (picked.size() != 1) {
            throw new AssertionError(where + " \"" + selector + "\" picks " + picked.size()
                    + " elements on the page instead of one");
        }
        Element element = picked.get(0);
        return element.cssSelector();
    }
}
