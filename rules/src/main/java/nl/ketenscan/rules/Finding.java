package nl.ketenscan.rules;

import java.util.List;
import java.util.Objects;

/**
 * One rule's conclusion about one element of one page.
 *
 * <p>{@code impact}, {@code selector}, {@code snippet} and {@code helpUrl} may be null: axe leaves
 * impact empty for some incomplete results, and page-level rules have no element.
 *
 * @param rule     the rule id, e.g. axe's {@code image-alt}
 * @param criteria WCAG success criteria numbers such as {@code 1.1.1}
 * @param message  what is wrong, as sentences the report words in its language: an own rule's one
 *                 message; for axe the rule's explanation and the details of its failed checks.
 *                 Empty when there is nothing to say beyond the rule
 * @param helpUrl  where a developer reads how to fix it
 */
public record Finding(String rule, Engine engine, Outcome outcome, List<String> criteria, Impact impact,
                      String selector, String snippet, List<Message> message, String helpUrl) {

    /**
     * Joins the steps of a selector into frames and shadow roots: each step is a CSS selector in the
     * document or shadow root that the element of the step before opens, so
     * {@code iframe#form >>> input#name} is the input in the iframe's document.
     */
    public static final String INTO_FRAME_OR_SHADOW_ROOT = " >>> ";

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(outcome, "outcome");
        criteria = List.copyOf(criteria);
        message = message == null ? List.of() : List.copyOf(message);
    }

    /**
     * A finding whose message is a text as it is ({@link Message#verbatim}), as stores written before
     * messages had keys hold it; null for no message.
     */
    public Finding(String rule, Engine engine, Outcome outcome, List<String> criteria, Impact impact,
                   String selector, String snippet, String message, String helpUrl) {
        this(rule, engine, outcome, criteria, impact, selector, snippet,
                message == null ? List.of() : List.of(Message.verbatim(message)), helpUrl);
    }

    /** Groups this finding with the same defect on other pages; see {@link Fingerprint}. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }
}
