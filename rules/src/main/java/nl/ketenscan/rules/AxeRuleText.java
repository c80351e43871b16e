package nl.ketenscan.rules;

/**
 * What ketenscan says about each axe-core rule, in its own words and in both report languages: a
 * name, a one-sentence explanation and how to fix it, under {@code axe.<rule id>.name},
 * {@code .explanation} and {@code .fix} in the message bundle. axe's own texts are English only
 * (its Dutch locale covers a few checks), so the report does not use them.
 */
public final class AxeRuleText {

    private static final String PREFIX = "axe.";

    private AxeRuleText() {
    }

    public static Message name(String ruleId) {
        return Message.of(PREFIX + ruleId + ".name");
    }

    public static Message explanation(String ruleId) {
        return Message.of(PREFIX + ruleId + ".explanation");
    }

    public static Message fix(String ruleId) {
        return Message.of(PREFIX + ruleId + ".fix");
    }
}
