package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Finding;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A small cropped PNG of one element of the loaded page, outlined: the evidence of a finding. The crop
 * is the element with a margin, at most {@value #MAX_WIDTH} by {@value #MAX_HEIGHT} CSS px from its top
 * left; a PNG above {@value #MAX_BYTES} bytes is taken again at half the scale, and dropped if still too
 * large. Taken through the Chrome DevTools command {@code Page.captureScreenshot}, which can capture
 * beyond the viewport without scrolling the page; a browser without DevTools commands (a Grid that does
 * not pass them on) gives none. Never taken while a password field on the page holds a value. An element
 * inside frames or open shadow roots is found through its selector's path
 * ({@link Finding#INTO_FRAME_OR_SHADOW_ROOT}), the driver switching into a frame of another origin and back,
 * and cropped from the top page as far as its frames show it.
 */
final class ElementScreenshot {

    static final int MAX_WIDTH = 640;
    static final int MAX_HEIGHT = 400;
    static final int MAX_BYTES = 60 * 1024;
    private static final int MARGIN = 12;
    /** Frames of other origins nested in each other that a path is followed through at most. */
    private static final int MAX_FRAMES = 5;
    /** Emulating a viewport and capturing take well under this; it bounds a page that keeps re-laying out. */
    private static final Duration BUDGET = Duration.ofSeconds(5);

    private static final String SCRIPT = PageScripts.load("screenshot.js");
    private static final Pattern SNIPPET_START = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)");

    private ElementScreenshot() {
    }

    /**
     * The PNG of the element the finding names, outlined, in the state its failure shows in: a reflow
     * failure at 320 CSS px wide, a resize-text failure at 200%, a failure of focus visible or of a focus
     * indicator's contrast with the element focused, a failure of text spacing with the criterion's spacing
     * applied; any other as the page was loaded. Empty when there is none to take.
     *
     * @throws WebDriverException when the page could not be put back as it was (its viewport): the browser
     *                            must then not check another page
     */
    static Optional<byte[]> of(WebDriver driver, Finding finding) {
        DevToolsCommands devTools = DevToolsCommands.of(driver);
        if (devTools == null) {
            return Optional.empty();
        }
        LivePage page = new LivePage(driver, BUDGET);
        List<WebElement> frames = new ArrayList<>();
        double pixelRatio = 1;
        String state = "";
        try {
            switch (finding.rule()) {
                case "reflow" -> page.emulateViewport(ReflowGatherer.WIDTH, ReflowGatherer.HEIGHT, 1, false);
                case "resize-text-clipped" -> {
                    page.emulateViewport(ZoomedTextGatherer.WIDTH, ZoomedTextGatherer.HEIGHT, 2, false);
                    pixelRatio = 2;
                }
                case "focus-visible", "focus-indicator-contrast" -> state = "focus";
                case "text-spacing-clipped", "text-spacing-overlap" -> state = "style";
                default -> {
                    // as loaded
                }
            }
            if (!(mark(driver, finding, state, pixelRatio, frames) instanceof Map<?, ?> clip)) {
                return Optional.empty();
            }
            return captured(devTools, clip, pixelRatio);
        } finally {
            unmark(driver, frames);
            page.restore();
        }
    }

    /**
     * Marks the finding's element and gives the part of the page to capture, or null when there is none.
     * The page's script follows the path through frames it can read; into a frame of another origin the
     * driver switches, and goes on there, each frame it entered added to {@code frames}. The driver is left
     * in the top page, where the outline is drawn: the capture is of the top page, frames and all.
     */
    private static Object mark(WebDriver driver, Finding finding, String state, double pixelRatio,
                               List<WebElement> frames) {
        double maxWidth = MAX_WIDTH / pixelRatio;
        double maxHeight = MAX_HEIGHT / pixelRatio;
        Object marked = DialogSafeScripts.execute(driver, SCRIPT, "mark", finding.selector(), maxWidth, maxHeight, MARGIN,
                state, TextSpacingGatherer.SPACING, tag(finding));
        while (marked instanceof Map<?, ?> hop && hop.get("hop") instanceof WebElement frame && frames.size() < MAX_FRAMES) {
            driver.switchTo().frame(frame);
            frames.add(frame);
            marked = DialogSafeScripts.execute(driver, SCRIPT, "mark", hop.get("rest"), maxWidth, maxHeight, MARGIN,
                    state, TextSpacingGatherer.SPACING, tag(finding), hop.get("dx"), hop.get("dy"), hop.get("shown"));
        }
        driver.switchTo().defaultContent();
        if (marked instanceof Map<?, ?> part && Boolean.TRUE.equals(part.get("rect"))) {
            return DialogSafeScripts.execute(driver, SCRIPT, "outline", part.get("left"), part.get("top"),
                    part.get("right"), part.get("bottom"), maxWidth, maxHeight, MARGIN);
        }
        return marked instanceof Map<?, ?> clip && clip.containsKey("width") ? clip : null;
    }

    /**
     * Takes the state the element was put in away, in the frame it is in, then the outline and the focus the
     * frame took in the top page; ends in the top page.
     */
    private static void unmark(WebDriver driver, List<WebElement> frames) {
        driver.switchTo().defaultContent();
        if (!frames.isEmpty()) {
            frames.forEach(frame -> driver.switchTo().frame(frame));
            DialogSafeScripts.execute(driver, SCRIPT, "unmark");
            driver.switchTo().defaultContent();
        }
        DialogSafeScripts.execute(driver, SCRIPT, "unmark");
    }

    /**
     * The element name the finding's snippet starts with, or "" when it has none: the own rules name an
     * element by a selector made in the DOM as parsed from the page's HTML, which a script-built page may
     * not give back alike, so the screenshot is only taken of an element of the same name.
     */
    static String tag(Finding finding) {
        Matcher start = SNIPPET_START.matcher(finding.snippet() == null ? "" : finding.snippet());
        return start.lookingAt() ? start.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** @param pixelRatio device pixels per CSS px: the image is scaled back to CSS px, so its size cap holds */
    private static Optional<byte[]> captured(DevToolsCommands devTools, Map<?, ?> clip, double pixelRatio) {
        try {
            for (double scale : new double[] {1, 0.5}) {
                byte[] png = capture(devTools, clip, scale / pixelRatio);
                if (png.length <= MAX_BYTES) {
                    return Optional.of(png);
                }
            }
            return Optional.empty();
        } catch (WebDriverException refused) {
            return Optional.empty();
        }
    }

    private static byte[] capture(DevToolsCommands devTools, Map<?, ?> clip, double scale) {
        Map<?, ?> result = (Map<?, ?>) devTools.send("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true, "fromSurface", true,
                "clip", Map.of("x", clip.get("x"), "y", clip.get("y"), "width", clip.get("width"),
                        "height", clip.get("height"), "scale", scale)), BUDGET);
        return Base64.getDecoder().decode((String) result.get("data"));
    }
}
