package nl.ketenscan.rules.exemption;

import java.util.Objects;

/**
 * Content a page embeds from a host outside the organisation's scope: a video player, a map, a
 * widget or a script of another party.
 *
 * @param kind               the embedding element: iframe, frame, embed, object, video, audio or script
 * @param url                where the content comes from
 * @param findingsNotCounted automated findings inside this content (an iframe's document), left out of the counts
 */
public record ThirdPartyEmbed(String kind, String url, int findingsNotCounted) {

    public ThirdPartyEmbed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }
}
