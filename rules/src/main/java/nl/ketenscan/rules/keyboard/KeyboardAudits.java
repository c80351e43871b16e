package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.Finding;

/** Every audit of the keyboard walk, in one list. */
public final class KeyboardAudits {

    private static final List<KeyboardAudit> AUDITS = List.of(
            new KeyboardTrap(),
            new FocusVisible(),
            new FocusIndicatorContrast(),
            new FieldBorderContrast(),
            new FocusOrder(),
            new ChangeOnFocus(),
            new SkipLinkTarget(),
            new ClickWithoutKeyboard(),
            new ContentOnFocusDismissible());

    private KeyboardAudits() {
    }

    public static List<KeyboardAudit> all() {
        return AUDITS;
    }

    /** Runs every keyboard audit on the walk of one page. */
    public static List<Finding> check(TabWalk walk) {
        List<Finding> findings = new ArrayList<>();
        AUDITS.forEach(audit -> findings.addAll(audit.check(walk)));
        return findings;
    }
}
