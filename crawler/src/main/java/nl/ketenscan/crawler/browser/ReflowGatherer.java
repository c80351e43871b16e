package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.reflow.Overflow;
import nl.ketenscan.rules.reflow.ReflowLayout;

/**
 * Lays the page out in a viewport of 320 by 256 CSS px, what a 1280 by 1024 window shows at 400%
 * zoom (WCAG 1.4.10), and notes the elements that stick out past its right edge.
 */
final class ReflowGatherer implements Gatherer<ReflowLayout> {

    static final int WIDTH = 320;
    static final int HEIGHT = 256;

    private static final String SCRIPT = PageScripts.load("reflow.js");

    @Override
    public Class<ReflowLayout> artifact() {
        return ReflowLayout.class;
    }

    @Override
    public Duration budget() {
        return Duration.ofSeconds(4);
    }

    @Override
    public GatherCost cost() {
        return GatherCost.HEAVY;
    }

    @Override
    public ReflowLayout gather(LivePage page) {
        page.emulateViewport(WIDTH, HEIGHT, 1, false);
        Map<?, ?> seen = (Map<?, ?>) page.script(SCRIPT);
        if (!((List<?>) seen.get("overflows")).isEmpty()) {
            page.awaitRelayout();
            seen = (Map<?, ?>) page.script(SCRIPT);
        }
        List<Overflow> overflows = new ArrayList<>();
        for (Object item : (List<?>) seen.get("overflows")) {
            Map<?, ?> overflow = (Map<?, ?>) item;
            overflows.add(new Overflow((String) overflow.get("selector"), (String) overflow.get("snippet"),
                    Overflow.Content.valueOf((String) overflow.get("content")),
                    Overflow.Reach.valueOf((String) overflow.get("reach")),
                    number(overflow.get("left")), number(overflow.get("right"))));
        }
        return new ReflowLayout(number(seen.get("viewportWidth")), number(seen.get("pageWidth")), overflows);
    }

    static int number(Object value) {
        return ((Number) value).intValue();
    }
}
