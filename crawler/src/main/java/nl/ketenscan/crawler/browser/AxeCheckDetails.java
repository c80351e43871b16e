package nl.ketenscan.crawler.browser;

import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ketenscan.rules.Message;

/**
 * The details of one element's failed axe checks that a reader needs besides the rule's explanation,
 * as messages from axe's check data rather than axe's English sentences: the contrast measured, the
 * colours, font size and weight and the contrast required; the ARIA attributes missing, invalid or not
 * allowed; the id used twice. A check whose data adds nothing to the explanation gives no detail.
 *
 * <p>The keys are {@code axe-check.*} in the rules' message bundle; {@link #KEYS} lists every one
 * this class can produce, so a test can hold the bundle to them.
 */
final class AxeCheckDetails {

    /** Why axe could not measure a contrast, as axe's {@code messageKey} names it; others read "could not be determined". */
    static final Set<String> CONTRAST_UNKNOWN_REASONS = Set.of("bgImage", "bgGradient", "imgNode", "bgOverlap",
            "complexTextShadows", "fgAlpha", "elmPartiallyObscured", "elmPartiallyObscuring", "outsideViewport",
            "equalRatio", "shortTextContent", "nonBmp", "pseudoContent");

    private static final String CONTRAST_UNKNOWN = "axe-check.contrast-unknown.";
    private static final String CONTRAST_UNKNOWN_DEFAULT = "default";

    /** Checks whose data {@code values} lists attributes, with the sentence that names them. */
    private static final Map<String, String> ATTRIBUTE_CHECKS = Map.of(
            "aria-required-attr", "axe-check.missing-attributes",
            "aria-valid-attr", "axe-check.invalid-attribute-names",
            "aria-valid-attr-value", "axe-check.invalid-attribute-values",
            "aria-allowed-attr", "axe-check.attributes-not-allowed",
            "aria-prohibited-attr", "axe-check.attributes-not-allowed");

    private static final Set<String> DUPLICATE_ID_CHECKS = Set.of("duplicate-id", "duplicate-id-active",
            "duplicate-id-aria");

    /** Every key a detail can have: the bundle must word each in every language. */
    static final Set<String> KEYS = Stream.concat(
            Stream.of("axe-check.contrast", "axe-check.contrast-shadow", "axe-check.font-weight.bold",
                    "axe-check.font-weight.normal", "axe-check.link-contrast", "axe-check.link-background-contrast",
                    "axe-check.duplicate-id", CONTRAST_UNKNOWN + CONTRAST_UNKNOWN_DEFAULT),
            Stream.concat(ATTRIBUTE_CHECKS.values().stream(),
                    CONTRAST_UNKNOWN_REASONS.stream().map(reason -> CONTRAST_UNKNOWN + reason)))
            .collect(Collectors.toUnmodifiableSet());

    private AxeCheckDetails() {
    }

    /** The details of the element's checks, in axe's order ("all", "any", "none"), each once. */
    static List<Message> of(CheckedNode node) {
        List<Message> details = new ArrayList<>();
        // axe leaves a list out when it is empty
        for (List<Check> checks : Stream.of(node.getAll(), node.getAny(), node.getNone()).filter(Objects::nonNull)
                .toList()) {
            for (Check check : checks) {
                detail(check).filter(d -> !details.contains(d)).ifPresent(details::add);
            }
        }
        return details;
    }

    static Optional<Message> detail(Check check) {
        String id = check.getId() == null ? "" : check.getId();
        Object data = check.getData();
        if (id.equals("color-contrast")) {
            return Optional.of(contrast(data instanceof Map<?, ?> map ? map : Map.of()));
        }
        if (id.equals("link-in-text-block") && data instanceof Map<?, ?> map) {
            return linkContrast(map);
        }
        if (ATTRIBUTE_CHECKS.containsKey(id) && data instanceof Map<?, ?> map) {
            Object values = map.get(id.equals("aria-prohibited-attr") ? "prohibited" : "values");
            String listed = listed(values);
            return listed.isEmpty() ? Optional.empty() : Optional.of(Message.of(ATTRIBUTE_CHECKS.get(id), listed));
        }
        if (DUPLICATE_ID_CHECKS.contains(id) && data instanceof String duplicate && !duplicate.isBlank()) {
            return Optional.of(Message.of("axe-check.duplicate-id", duplicate));
        }
        return Optional.empty();
    }

    private static Message contrast(Map<?, ?> data) {
        Optional<Double> ratio = number(data.get("contrastRatio"));
        Optional<Double> expected = number(data.get("expectedContrastRatio"));
        Object reason = data.get("messageKey");
        if (ratio.isEmpty() || ratio.get() == 0 || expected.isEmpty()
                || (reason != null && !"fgOnShadowColor".equals(reason) && !"shadowOnBgColor".equals(reason))) {
            String known = reason != null && CONTRAST_UNKNOWN_REASONS.contains(reason.toString())
                    ? reason.toString() : CONTRAST_UNKNOWN_DEFAULT;
            return Message.of(CONTRAST_UNKNOWN + known);
        }
        if (reason != null) {
            return Message.of("axe-check.contrast-shadow", ratio.get(), expected.get());
        }
        Message weight = Message.of("bold".equals(data.get("fontWeight"))
                ? "axe-check.font-weight.bold" : "axe-check.font-weight.normal");
        return Message.of("axe-check.contrast", ratio.get(), text(data.get("fgColor")), text(data.get("bgColor")),
                text(data.get("fontSize")), weight, expected.get());
    }

    private static Optional<Message> linkContrast(Map<?, ?> data) {
        Optional<Double> ratio = number(data.get("contrastRatio"));
        Optional<Double> required = number(data.get("requiredContrastRatio"));
        if (ratio.isEmpty() || required.isEmpty()) {
            return Optional.empty();
        }
        boolean background = "bgContrast".equals(data.get("messageKey"));
        return Optional.of(background
                ? Message.of("axe-check.link-background-contrast", ratio.get(), required.get(),
                        text(data.get("nodeBackgroundColor")), text(data.get("parentBackgroundColor")))
                : Message.of("axe-check.link-contrast", ratio.get(), required.get(),
                        text(data.get("nodeColor")), text(data.get("parentColor"))));
    }

    /** A number as axe gives it: 2.48, or text such as {@code "4.5:1"}. */
    private static Optional<Double> number(Object value) {
        if (value instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(Double.parseDouble(text.split(":", 2)[0].strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String listed(Object values) {
        if (values instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return values == null ? "" : values.toString().strip();
    }

    private static String text(Object value) {
        return value == null ? "?" : value.toString();
    }
}
