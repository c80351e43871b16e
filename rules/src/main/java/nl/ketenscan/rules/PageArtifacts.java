package nl.ketenscan.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The artifacts the browser's gatherers collected on one page, one of each type at most: what the
 * {@link BrowserAudit}s judge. A type that is missing was not gathered on the page.
 */
public final class PageArtifacts {

    private final Map<Class<?>, Record> byType;

    private PageArtifacts(Map<Class<?>, Record> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** Nothing gathered: a page checked without the browser acting on it. */
    public static PageArtifacts none() {
        return new PageArtifacts(Map.of());
    }

    /** @throws IllegalArgumentException when two artifacts have the same type */
    public static PageArtifacts of(Record... artifacts) {
        Map<Class<?>, Record> byType = new LinkedHashMap<>();
        for (Record artifact : artifacts) {
            if (byType.put(artifact.getClass(), artifact) != null) {
                throw new IllegalArgumentException("two artifacts of type " + artifact.getClass().getSimpleName());
            }
        }
        return new PageArtifacts(byType);
    }

    /** These artifacts and one more, replacing one of its type. */
    public PageArtifacts with(Record artifact) {
        Map<Class<?>, Record> more = new LinkedHashMap<>(byType);
        more.put(artifact.getClass(), artifact);
        return new PageArtifacts(more);
    }

    public <A extends Record> Optional<A> get(Class<A> type) {
        return Optional.ofNullable(type.cast(byType.get(type)));
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }
}
