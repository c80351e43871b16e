package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.PageArtifacts;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Every gatherer, in the order they run on a loaded page after axe: adding a browser check means
 * adding its gatherer here and its audit to {@link nl.ketenscan.rules.OwnRules}.
 *
 * <p>A gatherer that fails or runs out of time leaves its artifact out and the page gets a note: its
 * audits then say nothing about the page, never a false failure, and the page keeps what axe and the
 * other gatherers found.
 */
public final class PageGatherers {

    private static final List<Gatherer<?>> ALL = List.of(
            new BehaviourGatherer(),
            new ReflowGatherer(),
            new ZoomedTextGatherer(),
            new TextSpacingGatherer(),
            new OrientationGatherer(),
            new OnInputGatherer(),
            new TabWalker(),
            new HoverContentGatherer());

    /**
     * What the gatherers left on one page.
     *
     * @param ran     the gatherers that returned their artifact
     * @param notes   one line for each gatherer that did not, saying why, in English
     * @param intact  false when undoing a gatherer's changes failed: the browser may still be resized or
     *                styled, so it must not check another page
     */
    record Gathered(PageArtifacts artifacts, List<String> ran, List<String> notes, boolean intact) {
        Gathered {
            ran = List.copyOf(ran);
            notes = List.copyOf(notes);
        }
    }

    /**
     * What {@code ketenscan rules} tells about a gatherer: which artifact it gives, how long it may take
     * a page and on which pages it runs.
     */
    public record Description(String name, Class<? extends Record> artifact, Duration budget, GatherCost cost) {
    }

    private final List<Gatherer<?>> gatherers;

    PageGatherers() {
        this(ALL);
    }

    PageGatherers(List<Gatherer<?>> gatherers) {
        this.gatherers = List.copyOf(gatherers);
    }

    /** Every gatherer a scan may run, in the order they run. */
    public static List<Description> describe() {
        return ALL.stream().<Description>map(g -> new Description(g.name(), g.artifact(), g.budget(), g.cost())).toList();
    }

    /** Runs the gatherers of these costs on the page the driver shows, each within its budget. */
    Gathered gather(WebDriver driver, Set<GatherCost> costs) {
        PageArtifacts artifacts = PageArtifacts.none();
        List<String> ran = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean intact = true;
        LivePage.OriginalView view = new LivePage.OriginalView();
        for (Gatherer<?> gatherer : gatherers) {
            if (!costs.contains(gatherer.cost())) {
                continue;
            }
            LivePage page = new LivePage(driver, gatherer.budget(), view);
            try {
                artifacts = artifacts.with(gatherer.gather(page));
                ran.add(gatherer.name());
            } catch (LivePage.OutOfTime e) {
                notes.add(gatherer.name() + " " + e.getMessage());
            } catch (WebDriverException e) {
                notes.add(gatherer.name() + " failed: " + WebDriverFailures.summary(e));
            } catch (RuntimeException e) {
                // a gatherer's own bug, e.g. a script result of a shape it did not expect: noted, not fatal
                notes.add(gatherer.name() + " failed: " + e);
            } finally {
                intact &= restore(page, gatherer, notes);
            }
        }
        return new Gathered(artifacts, ran, notes, intact);
    }

    private static boolean restore(LivePage page, Gatherer<?> gatherer, List<String> notes) {
        try {
            page.restore();
            return true;
        } catch (WebDriverException e) {
            notes.add(gatherer.name() + " could not undo its changes to the page: " + WebDriverFailures.summary(e));
            return false;
        }
    }
}
