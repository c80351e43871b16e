package nl.ketenscan.rules;

import java.util.Map;
import nl.ketenscan.rules.behaviour.PageBehaviour;
import nl.ketenscan.rules.hover.HoverContents;
import nl.ketenscan.rules.keyboard.TabWalk;
import nl.ketenscan.rules.oninput.InputChanges;
import nl.ketenscan.rules.orientation.OrientationViews;
import nl.ketenscan.rules.reflow.ReflowLayout;
import nl.ketenscan.rules.textfit.SpacedText;
import nl.ketenscan.rules.textfit.ZoomedText;

/**
 * The name of the browser check that gathers each artifact, e.g. {@code reflow}: the crawler's gatherer
 * takes its name from here, a page's {@link BrowserChecks} lists the names that ran, and the verdicts
 * read them to tell a criterion checked on a page from one whose check never ran there. One list, so
 * the three cannot drift apart.
 */
public final class BrowserCheckNames {

    private static final Map<Class<? extends Record>, String> NAMES = Map.of(
            PageBehaviour.class, "behaviour",
            ReflowLayout.class, "reflow",
            ZoomedText.class, "zoomed-text",
            SpacedText.class, "text-spacing",
            OrientationViews.class, "orientation",
            InputChanges.class, "on-input",
            TabWalk.class, "tab-walk",
            HoverContents.class, "hover-content");

    private BrowserCheckNames() {
    }

    /** @throws IllegalArgumentException for a type no browser check gathers: a new artifact needs its name here */
    public static String of(Class<? extends Record> artifact) {
        String name = NAMES.get(artifact);
        if (name == null) {
            throw new IllegalArgumentException("no browser check gathers " + artifact.getSimpleName()
                    + "; name it in BrowserCheckNames");
        }
        return name;
    }
}
