package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.oninput.InputChanges;
import org.openqa.selenium.WebDriverException;

/**
 * Chooses another option in each select list, with submitting, navigating, opening windows, requests
 * and timers blocked, and notes what the page tried to do (WCAG 3.2.2). Runs last: the page's own
 * handlers may have changed it. Nothing leaves the page; should it have, the gatherer says so instead
 * of an artifact, and the session leaves the page before the next one.
 */
final class OnInputGatherer implements Gatherer<InputChanges> {

    private static final String SCRIPT = PageScripts.load("on-input.js");

    @Override
    public Class<InputChanges> artifact() {
        return InputChanges.class;
    }

    @Override
    public Duration budget() {
        return Duration.ofSeconds(2);
    }

    @Override
    public GatherCost cost() {
        return GatherCost.LIGHT;
    }

    @Override
    public InputChanges gather(LivePage page) {
        Map<?, ?> seen = (Map<?, ?>) page.script(SCRIPT, "change");
        if (Boolean.TRUE.equals(seen.get("pending"))) {
            // the second script runs after the page's promises settled, which may have tried to leave too
            seen = (Map<?, ?>) page.putBack(SCRIPT, "restore");
        }
        if (!Boolean.TRUE.equals(seen.get("stayed"))) {
            throw new WebDriverException("changing a select list took the browser to another page");
        }
        List<InputChanges.ContextChange> changes = new ArrayList<>();
        for (Object item : (List<?>) seen.get("changes")) {
            Map<?, ?> change = (Map<?, ?>) item;
            changes.add(new InputChanges.ContextChange((String) change.get("selector"), (String) change.get("snippet"),
                    ((List<?>) change.get("kinds")).stream().map(String.class::cast).toList()));
        }
        return new InputChanges(((Number) seen.get("tried")).intValue(), changes);
    }
}
