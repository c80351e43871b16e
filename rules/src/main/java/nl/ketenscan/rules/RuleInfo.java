package nl.ketenscan.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a ketenscan rule is: its id, the WCAG criteria it speaks to, how much it hinders users, and
 * what it checks in Dutch and English. Kept beside the rule's check, like an axe-core rule's JSON.
 *
 * @param criteria success criteria numbers such as {@code 3.1.1}
 * @param helpUrl  where an editor or developer reads more, e.g. the WCAG Understanding page
 * @param actRules the W3C ACT rules (ids such as {@code 59br37}) whose applicability and expectation
 *                 the rule follows; empty when no ACT rule covers what it checks
 */
public record RuleInfo(String id, List<String> criteria, Impact impact, String descriptionNl, String descriptionEn,
                       String helpUrl, List<String> actRules) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(impact, "impact");
        criteria = List.copyOf(criteria);
        actRules = List.copyOf(actRules);
    }

    /** A rule that no W3C ACT rule describes. */
    public RuleInfo(String id, List<String> criteria, Impact impact, String descriptionNl, String descriptionEn,
                    String helpUrl) {
        this(id, criteria, impact, descriptionNl, descriptionEn, helpUrl, List.of());
    }

    /**
     * A finding of this rule about one element (selector and snippet may be null for the page).
     *
     * @param message its sentences, from {@link #message}
     */
    public Finding finding(Outcome outcome, String selector, String snippet, Message... message) {
        return new Finding(id, Engine.KETENSCAN, outcome, criteria, impact, selector, snippet, List.of(message),
                helpUrl);
    }

    /**
     * One of this rule's sentences: the bundle key is the rule's id, a dot and {@code name}, so all of a
     * rule's wording sits together in {@code messages_nl.properties} and {@code messages_en.properties}.
     */
    public Message message(String name, Object... args) {
        return Message.of(id + "." + name, args);
    }
}
