package nl.ketenscan.rules.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;

/**
 * Third-party content (exempt under the Besluit) as the organisation's site embeds it: each embedded
 * address once, however many pages embed it.
 *
 * @param kind               the embedding element: iframe, frame, embed, object, video, audio or script
 * @param pages              how many pages embed it
 * @param firstPage          the first page, in scan order, that embeds it
 * @param findingsNotCounted the automated findings inside it on all those pages, left out of every count
 */
public record Embed(String kind, String url, int pages, String firstPage, int findingsNotCounted) {

    public Embed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }

    /** Each (kind, address) once, in the order first seen. */
    static List<Embed> of(List<PageResult> pages) {
        Map<String, List<PageResult>> pagesByEmbed = new LinkedHashMap<>();
        Map<String, ThirdPartyEmbed> embeds = new LinkedHashMap<>();
        Map<String, Integer> notCounted = new LinkedHashMap<>();
        for (PageResult page : pages) {
            for (ThirdPartyEmbed embed : page.facts().thirdParty()) {
                String key = embed.kind() + ' ' + embed.url();
                embeds.putIfAbsent(key, embed);
                pagesByEmbed.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
                notCounted.merge(key, embed.findingsNotCounted(), Integer::sum);
            }
        }
        List<Embed> all = new ArrayList<>();
        embeds.forEach((key, embed) -> all.add(new Embed(embed.kind(), embed.url(), pagesByEmbed.get(key).size(),
                pagesByEmbed.get(key).get(0).url(), notCounted.get(key))));
        return all;
    }
}
