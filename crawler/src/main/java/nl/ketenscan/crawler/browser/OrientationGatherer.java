package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.orientation.OrientationView;
import nl.ketenscan.rules.orientation.OrientationViews;

/**
 * Shows the page on a tablet-sized screen held upright and on its side (emulated orientation and the
 * viewport's shape, which the CSS {@code orientation} media feature reads), and notes what it shows in
 * each (WCAG 1.3.4). Only a page that can tell the orientation is turned: its style sheets hold a media
 * query of orientation or aspect ratio, one of them cannot be read, or its scripts asked. Most pages
 * cannot, and cost a script instead of two layouts. A script that compares the window's width and
 * height itself goes unseen.
 */
final class OrientationGatherer implements Gatherer<OrientationViews> {

    private static final String SCRIPT = PageScripts.load("orientation.js");

    @Override
    public Class<OrientationViews> artifact() {
        return OrientationViews.class;
    }

    @Override
    public Duration budget() {
        return Duration.ofSeconds(3);
    }

    @Override
    public GatherCost cost() {
        return GatherCost.HEAVY;
    }

    @Override
    public OrientationViews gather(LivePage page) {
        if (!Boolean.TRUE.equals(page.script(SCRIPT, "responds"))) {
            return OrientationViews.unresponsive();
        }
        page.emulateViewport(768, 1024, 1, true);
        page.awaitRelayout();
        OrientationView portrait = view(page.script(SCRIPT, "view"));
        page.emulateViewport(1024, 768, 1, false);
        page.awaitRelayout();
        return new OrientationViews(portrait, view(page.script(SCRIPT, "view")));
    }

    private static OrientationView view(Object seen) {
        Map<?, ?> view = (Map<?, ?>) seen;
        return new OrientationView(((Number) view.get("visibleText")).intValue(),
                ((List<?>) view.get("rotated")).stream().map(String.class::cast).toList());
    }
}
