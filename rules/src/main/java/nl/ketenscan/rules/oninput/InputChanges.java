package nl.ketenscan.rules.oninput;

import java.util.List;
import java.util.Objects;

/**
 * What happened when the browser chose another option in each select list of the page (the first few),
 * with submitting, navigating and opening windows blocked so that none of it took place.
 *
 * @param tried   how many select lists were changed
 * @param changes the lists whose change tried to change the context
 */
public record InputChanges(int tried, List<ContextChange> changes) {

    public InputChanges {
        changes = List.copyOf(changes);
    }

    /**
     * @param kinds what it tried: {@code submit} (a form), {@code navigate} (another page),
     *              {@code window} (a new window)
     */
    public record ContextChange(String selector, String snippet, List<String> kinds) {

        public ContextChange {
            Objects.requireNonNull(selector, "selector");
            kinds = List.copyOf(kinds);
        }
    }
}
