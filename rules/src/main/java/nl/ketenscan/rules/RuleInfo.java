package nl.ketenscan.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a ketenscan rule is: its id, the WCAG criteria it speaks to, how much it hinders users, and
 * what it checks in Dutch and English. Kept beside the rule's check, like an axe-core rule's JSON.
 *
 * @param criteria success criteria numbers such as {@code 3.1.1}
 * @param helpUrl  where an editor or developer reads more, e.g. the WCAG Understanding page
 */
public record RuleInfo(String id, List<String> criteria, Impact impact, String descriptionNl, String descriptionEn,
                       String helpUrl) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(impact, "impact");
        criteria = List.copyOf(criteria);
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
