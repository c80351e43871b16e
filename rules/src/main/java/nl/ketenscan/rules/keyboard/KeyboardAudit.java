package nl.ketenscan.rules.keyboard;

import java.util.List;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.RuleInfo;

/**
 * A check of what the keyboard walk of one page showed: metadata plus a pure function of the
 * {@link TabWalk}, like a {@link nl.ketenscan.rules.PageRule} is of the page's content.
 */
public interface KeyboardAudit {

    RuleInfo info();

    List<Finding> check(TabWalk walk);
}
