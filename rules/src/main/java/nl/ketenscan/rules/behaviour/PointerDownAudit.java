package nl.ketenscan.rules.behaviour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.Snippet;

/**
 * {@code pointer-down-activation}: WCAG 2.5.2, an element that handles the pointer going down
 * ({@code mousedown}, {@code pointerdown}, {@code touchstart}) and not the click: it may act before the
 * pointer is released, so a slip cannot be undone by moving away. Needs review, since the handler may
 * only prepare (a drag, a ripple) and act on the up event.
 */
public final class PointerDownAudit implements BehaviourAudit {

    private static final Set<String> DOWN = Set.of("mousedown", "pointerdown", "touchstart");

    private static final RuleInfo INFO = new RuleInfo("pointer-down-activation", List.of("2.5.2"), Impact.MODERATE,
            "Element dat reageert op het indrukken van de muis of vinger en niet op de klik: het kan iets doen "
                    + "voordat de bezoeker loslaat.",
            "Element that responds to the pointer going down and not to the click: it may act before the visitor "
                    + "releases.",
            "https://www.w3.org/WAI/WCAG21/Understanding/pointer-cancellation.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> audit(PageBehaviour behaviour) {
        Set<String> clickable = behaviour.listeners().stream().filter(l -> l.type().equals("click"))
                .map(PageBehaviour.Listener::target).collect(Collectors.toSet());
        return behaviour.listeners().stream()
                .filter(l -> DOWN.contains(l.type()) && !l.onWholePage() && !clickable.contains(l.target()))
                .collect(Collectors.toMap(PageBehaviour.Listener::target, l -> l, (first, next) -> first,
                        LinkedHashMap::new))
                .values().stream().limit(MAX_FINDINGS)
                .map(l -> INFO.finding(Outcome.NEEDS_REVIEW, l.target(), Snippet.of(l.snippet()), INFO.message("down", l.type())))
                .toList();
    }
}
