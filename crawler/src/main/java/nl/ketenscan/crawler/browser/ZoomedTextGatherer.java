package nl.ketenscan.crawler.browser;

import java.time.Duration;
import nl.ketenscan.rules.textfit.ZoomedText;

/**
 * Zooms the page to 200%, as a visitor does with Ctrl and +: the 1280 by 1024 window then lays the page
 * out 640 by 512 CSS px, at twice the pixels per CSS px. Notes the text that no longer fits.
 */
final class ZoomedTextGatherer implements Gatherer<ZoomedText> {

    static final int WIDTH = 640;
    static final int HEIGHT = 512;

    @Override
    public Class<ZoomedText> artifact() {
        return ZoomedText.class;
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
    public ZoomedText gather(LivePage page) {
        page.scripts(ClippedTextProbe.BEFORE);
        page.emulateViewport(WIDTH, HEIGHT, 2, false);
        return new ZoomedText(ClippedTextProbe.confirmed(page, page.scripts(ClippedTextProbe.AFTER).get(0)));
    }
}
