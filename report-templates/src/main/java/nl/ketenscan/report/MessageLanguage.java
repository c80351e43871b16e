package nl.ketenscan.report;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.OwnRules;

/**
 * The language a finding's message is written in, for the {@code lang} of the element that shows
 * it, so the report itself meets WCAG 3.1.2 whatever language it is in: axe-core's messages are
 * English (ketenscan runs axe without a locale, and axe 4.11's Dutch locale covers only three
 * checks), ketenscan's own rules write Dutch.
 */
final class MessageLanguage {

    private MessageLanguage() {
    }

    static String of(Engine engine) {
        return engine == Engine.AXE ? "en" : "nl";
    }

    /** For where only the rule id is left: an id that is not one of ketenscan's own rules is axe's. */
    static String ofRule(String ruleId) {
        return of(OwnRules.info(ruleId).isPresent() ? Engine.KETENSCAN : Engine.AXE);
    }
}
