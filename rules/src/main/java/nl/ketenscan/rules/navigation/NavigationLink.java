package nl.ketenscan.rules.navigation;

import java.util.Objects;

/**
 * A link in a navigation block: where it goes ({@code Destination}'s form, so the same place compares
 * equal) and its accessible name.
 *
 * @param current whether the link is marked as the page itself ({@code aria-current}): its name then
 *                often carries words such as "(huidige pagina)" that other pages do not show
 */
public record NavigationLink(String destination, String name, boolean current) {

    public NavigationLink {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(name, "name");
    }
}
