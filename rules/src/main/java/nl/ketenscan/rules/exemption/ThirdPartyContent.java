package nl.ketenscan.rules.exemption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.PageContent;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Separates the content a page embeds from other parties' hosts from the organisation's own.
 *
 * <p>The Besluit exempts third-party content that the organisation neither funds, develops nor
 * controls. The scan cannot see who pays for what; it goes by host: content from a host outside the
 * organisation's scope counts as third-party content. An embed the organisation does pay for or
 * control (a booking widget of its supplier, say) belongs in its scope as an extra host, and is then
 * checked and counted like its own pages; reports say this next to the list.
 *
 * <p>Findings inside a third-party iframe are recognised by the first step of their frame path (see
 * {@link Finding#INTO_FRAME_OR_SHADOW_ROOT}), which selects the iframe in the page. They are not
 * counted; the embed records how many there were.
 *
 * @param countedFindings the page's findings without those inside third-party frames, in their order
 * @param embeds          third-party content on the page, each (kind, url) once, in document order
 */
public record ThirdPartyContent(List<Finding> countedFindings, List<ThirdPartyEmbed> embeds) {

    private static final String EMBEDDING = "iframe[src], frame[src], embed[src], object[data], video[src],"
            + " video source[src], audio[src], audio source[src], script[src]";

    public ThirdPartyContent {
        countedFindings = List.copyOf(countedFindings);
        embeds = List.copyOf(embeds);
    }

    /**
     * @param owned whether a URL is on a host of the organisation (whatever its include and exclude patterns say)
     */
    public static ThirdPartyContent of(PageContent page, List<Finding> findings, Predicate<String> owned) {
        Map<String, Embedded> embeds = new LinkedHashMap<>();
        for (Element element : page.document().select(EMBEDDING)) {
            thirdPartySource(element, owned).ifPresent(url -> {
                String kind = kind(element);
                embeds.putIfAbsent(kind + ' ' + url, new Embedded(kind, url));
            });
        }
        List<Finding> counted = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<String> frame = thirdPartyFrame(page, finding, owned);
            if (frame.isPresent()) {
                embeds.computeIfAbsent(frame.get(), key -> new Embedded(key.substring(0, key.indexOf(' ')),
                                key.substring(key.indexOf(' ') + 1)))
                        .findings++;
            } else {
                counted.add(finding);
            }
        }
        return new ThirdPartyContent(counted, embeds.values().stream()
                .map(e -> new ThirdPartyEmbed(e.kind, e.url, e.findings)).toList());
    }

    /**
     * Whether the element ({@code iframe}, {@code object}…) embeds content from a host the
     * organisation does not own: the test {@link #of} applies, for others to apply alike.
     */
    public static boolean isThirdParty(Element element, Predicate<String> owned) {
        return thirdPartySource(element, owned).isPresent();
    }

    /** The key of the third-party frame the finding is in, e.g. {@code iframe https://maps.example/…}. */
    private static Optional<String> thirdPartyFrame(PageContent page, Finding finding, Predicate<String> owned) {
        String selector = finding.selector();
        if (selector == null || !selector.contains(Finding.INTO_FRAME_OR_SHADOW_ROOT)) {
            return Optional.empty();
        }
        String firstStep = selector.substring(0, selector.indexOf(Finding.INTO_FRAME_OR_SHADOW_ROOT));
        Element frame;
        try {
            frame = page.document().selectFirst(firstStep);
        } catch (Selector.SelectorParseException e) {
            // a selector jsoup cannot read: the finding stays counted, as nothing shows it is third-party
            return Optional.empty();
        }
        if (frame == null || !frame.is("iframe, frame")) {
            return Optional.empty();
        }
        return thirdPartySource(frame, owned).map(url -> kind(frame) + ' ' + url);
    }

    private static Optional<String> thirdPartySource(Element element, Predicate<String> owned) {
        String url = element.absUrl(element.is("object") ? "data" : "src");
        String lower = url.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        return web && !owned.test(url) ? Optional.of(url) : Optional.empty();
    }

    /** The embedding element's name; a source element speaks for its video or audio. */
    private static String kind(Element element) {
        Element embedding = element.is("source") && element.parent() != null ? element.parent() : element;
        return embedding.normalName();
    }

    /** An embed while findings inside it are counted. */
    private static final class Embedded {
        private final String kind;
        private final String url;
        private int findings;

        Embedded(String kind, String url) {
            this.kind = kind;
            this.url = url;
        }
    }
}
