package nl.ketenscan.crawler.crawl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a link's fragment names a page of a single-page site rather than a place in the page: the one
 * exception to {@link UrlNormalizer} dropping fragments ({@code --hash-routes}).
 *
 * <p>A site routes by hash when its links say so: {@link #AUTO} takes a fragment for a route when it
 * starts with {@code /} or {@code !/} and goes on ({@code #/afspraak}, {@code #!/contact}, the forms
 * routers write; {@code #/} alone is the router's start, the page itself) and, on a link to the page
 * itself, no element of the rendered page has it as its id.
 * {@link #ON} also takes any other fragment of a link to the page itself that names no element
 * (a site routing by {@code #contact}); {@link #OFF} takes none. A plain in-page anchor
 * ({@code #inhoud} with an element {@code id="inhoud"}, and {@code #top}, which HTML defines) is
 * never a route. Read from the DOM the browser rendered, so static mode never finds routes.
 */
public enum HashRoutes {
    AUTO, ON, OFF;

    private static final Pattern ROUTER_FORM = Pattern.compile("!?/.+", Pattern.DOTALL);
    /** {@code #/} and {@code #!/} alone are the router's start, the page itself, not a page of its own. */
    private static final Pattern ROUTER_START = Pattern.compile("!?/");
    /** What a fragment may hold unescaped (RFC 3986); a route with anything else is not followed. */
    private static final Pattern FRAGMENT_CHARACTERS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]+");

    /**
     * The routes the links of {@code dom} lead to, each as its page's normalised URL with the route's
     * fragment, without duplicates, in document order.
     *
     * @param pageUrl the URL the browser shows the page at, which relative links resolve against
     */
    public List<String> routes(Document dom, String pageUrl) {
        if (this == OFF) {
            return List.of();
        }
        Set<String> routes = new LinkedHashSet<>();
        String page = UrlNormalizer.normalise(pageUrl).orElse(pageUrl);
        String base = Optional.ofNullable(dom.selectFirst("base[href]"))
                .flatMap(b -> UrlNormalizer.normalise(b.attr("href"), pageUrl)).orElse(pageUrl);
        for (Element link : dom.select("a[href], area[href]")) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            String fragment = hash < 0 ? "" : href.substring(hash + 1);
            if (!FRAGMENT_CHARACTERS.matcher(fragment).matches() || ROUTER_START.matcher(fragment).matches()) {
                continue;
            }
            Optional<String> target = UrlNormalizer.normalise(href, base);
            if (target.isPresent() && isRoute(fragment, target.get().equals(page) ? dom : null)) {
                routes.add(target.get() + "#" + fragment);
            }
        }
        return List.copyOf(routes);
    }

    /** @param samePage the page the link is on when it links to that page itself, else null */
    private boolean isRoute(String fragment, Document samePage) {
        boolean routerForm = ROUTER_FORM.matcher(fragment).matches();
        if (samePage == null) {
            return routerForm;
        }
        boolean anchor = fragment.equalsIgnoreCase("top") || samePage.getElementById(fragment) != null
                || samePage.select("a[name]").stream().anyMatch(a -> a.attr("name").equals(fragment));
        return !anchor && (routerForm || this == ON);
    }

    /** The route fragment of a frontier URL, with its {@code #}; empty for a URL without one. */
    public static String of(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : url.substring(hash);
    }
}
