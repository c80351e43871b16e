package nl.ketenscan.crawler.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ketenscan.rules.behaviour.PageBehaviour;
import nl.ketenscan.rules.behaviour.PageBehaviour.Animation;
import nl.ketenscan.rules.behaviour.PageBehaviour.Listener;
import nl.ketenscan.rules.behaviour.PageBehaviour.Media;
import nl.ketenscan.rules.behaviour.PageBehaviour.Observed;
import org.openqa.selenium.WebDriverException;

/**
 * Reads what {@link BehaviourRecorder} noted since the page began, and looks at what moves and plays
 * now. When something plays unmuted, it waits (within its budget) until the criterion's three seconds
 * have passed, so that sound going on that long is seen, not assumed.
 */
final class BehaviourGatherer implements Gatherer<PageBehaviour> {

    private static final String SCRIPT = PageScripts.load("behaviour.js");

    @Override
    public Class<PageBehaviour> artifact() {
        return PageBehaviour.class;
    }

    @Override
    public Duration budget() {
        return Duration.ofSeconds(4);
    }

    @Override
    public GatherCost cost() {
        return GatherCost.LIGHT;
    }

    @Override
    public PageBehaviour gather(LivePage page) {
        Map<?, ?> seen = (Map<?, ?>) page.script(SCRIPT);
        if (!Boolean.TRUE.equals(seen.get("recorded"))) {
            throw new WebDriverException("the browser did not record the page's behaviour (no DevTools commands)");
        }
        double wait = list(seen, "media", BehaviourGatherer::media).stream()
                .filter(m -> m.playing() && !m.muted() && m.playedSeconds() <= 3)
                .mapToDouble(m -> 3.2 - m.playedSeconds()).max().orElse(0);
        if (wait > 0 && page.pause(Duration.ofMillis((long) (wait * 1000)))) {
            seen = (Map<?, ?>) page.script(SCRIPT);
        }
        return new PageBehaviour(list(seen, "listeners", BehaviourGatherer::listener),
                Boolean.TRUE.equals(seen.get("pauseControl")), list(seen, "animations", BehaviourGatherer::animation),
                list(seen, "media", BehaviourGatherer::media), list(seen, "changes", BehaviourGatherer::observed),
                list(seen, "reordered", BehaviourGatherer::observed));
    }

    private static <T> List<T> list(Map<?, ?> seen, String key, Function<Map<?, ?>, T> read) {
        return ((List<?>) seen.get(key)).stream().map(item -> read.apply((Map<?, ?>) item)).toList();
    }

    private static Listener listener(Map<?, ?> l) {
        return new Listener((String) l.get("target"), (String) l.get("snippet"), (String) l.get("type"),
                l.get("source") == null ? "" : (String) l.get("source"));
    }

    private static Animation animation(Map<?, ?> a) {
        return new Animation((String) a.get("selector"), (String) a.get("snippet"), ((Number) a.get("millis")).longValue());
    }

    private static Media media(Map<?, ?> m) {
        return new Media((String) m.get("selector"), (String) m.get("snippet"), Boolean.TRUE.equals(m.get("playing")),
                Boolean.TRUE.equals(m.get("muted")), Boolean.TRUE.equals(m.get("sound")),
                ((Number) m.get("playedSeconds")).doubleValue());
    }

    private static Observed observed(Map<?, ?> o) {
        return new Observed((String) o.get("selector"), (String) o.get("snippet"), (String) o.get("text"));
    }
}
