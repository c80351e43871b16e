package nl.ketenscan.rules.statement;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PageContent;
import org.jsoup.nodes.Element;

/**
 * What one page says about the organisation's toegankelijkheidsverklaring: links to it, links to
 * its entry in the register, whether the page is itself a statement, and a status it declares.
 *
 * <p>A status in running text is only read on a page that presents itself as a statement (its title
 * or main heading names toegankelijkheid or accessibility): "voldoet niet" on any other page is
 * about something else. A status label image counts wherever it is shown, as sites put it in their
 * footer.
 *
 * @param links          links whose text names the statement ("Toegankelijkheid",
 *                       "Toegankelijkheidsverklaring", "Digitale toegankelijkheid", "Accessibility"…)
 *                       or whose address does
 * @param registerLinks  links to toegankelijkheidsverklaring.nl/register/…
 * @param statementPage  the page presents itself as the statement
 * @param statusInText   the status the text of a statement page declares; null when none or not a statement page
 * @param statusInLabel  the status a label image shows (alt text or file name); null when none
 * @param contents       on a statement page, its dates, contact ways and research reports; else none
 */
public record StatementEvidence(List<StatementLink> links, List<String> registerLinks, boolean statementPage,
                                StatementStatus statusInText, StatementStatus statusInLabel,
                                StatementContents contents) {

    public static final StatementEvidence NONE = new StatementEvidence(List.of(), List.of(), false, null, null);

    private static final Pattern REGISTER = Pattern.compile(
            "(?i)^https?://(www\\.)?toegankelijkheidsverklaring\\.nl/register/\\d+");
    private static final Pattern STATEMENT_ADDRESS = Pattern.compile(
            "(?i)toegankelijkheidsverklaring|accessibility-statement");
    private static final Pattern NAMES_STATEMENT = Pattern.compile("(?i)toegankelijkheid|accessibility");
    private static final Pattern LABEL_HINT = Pattern.compile("(?i)toegankelijk|accessib|label");
    private static final int MAX_LINK_WORDS = 6;

    public StatementEvidence {
        links = List.copyOf(links);
        registerLinks = List.copyOf(registerLinks);
        contents = contents == null ? StatementContents.NONE : contents;
    }

    /** Evidence without the contents of a statement page. */
    public StatementEvidence(List<StatementLink> links, List<String> registerLinks, boolean statementPage,
                             StatementStatus statusInText, StatementStatus statusInLabel) {
        this(links, registerLinks, statementPage, statusInText, statusInLabel, StatementContents.NONE);
    }

    /** Reads the evidence from the rendered page; a pure function of its DOM. */
    public static StatementEvidence of(PageContent page) {
        Set<StatementLink> links = new LinkedHashSet<>();
        Set<String> registerLinks = new LinkedHashSet<>();
        StatementStatus statusInLabel = null;
        for (Element anchor : page.document().select("a[href]")) {
            Optional<String> target = webAddress(anchor.absUrl("href"));
            if (target.isEmpty()) {
                continue;
            }
            String text = linkText(anchor);
            if (REGISTER.matcher(target.get()).find()) {
                registerLinks.add(target.get());
            } else if (namesStatement(text) || STATEMENT_ADDRESS.matcher(path(target.get())).find()) {
                links.add(new StatementLink(target.get(), text));
            }
        }
        for (Element image : page.document().select("img")) {
            Optional<StatementStatus> status = labelStatus(image);
            if (status.isPresent()) {
                statusInLabel = status.get();
                break;
            }
        }
        boolean statementPage = presentsAsStatement(page);
        Element body = page.document().body();
        StatementStatus statusInText = statementPage && body != null
                ? StatusText.read(body.text()).or(() -> StatusText.read(altTexts(body))).orElse(null)
                : null;
        return new StatementEvidence(new ArrayList<>(links), new ArrayList<>(registerLinks), statementPage,
                statusInText, statusInLabel, statementPage ? StatementContents.of(page) : StatementContents.NONE);
    }

    /**
     * The alt texts of the images, which a screen reader reads as the page's text: a statement may
     * show its status only as an image ("Status B: voldoet gedeeltelijk").
     */
    private static String altTexts(Element body) {
        StringBuilder text = new StringBuilder();
        body.select("img[alt]").forEach(image -> text.append(image.attr("alt")).append(". "));
        return text.toString();
    }

    /** True when the page gave no sign of a statement at all. */
    public boolean isEmpty() {
        return links.isEmpty() && registerLinks.isEmpty() && !statementPage && statusInText == null
                && statusInLabel == null && contents.isEmpty();
    }

    private static boolean namesStatement(String text) {
        return !text.isEmpty() && NAMES_STATEMENT.matcher(text).find()
                && text.split(" ").length <= MAX_LINK_WORDS;
    }

    private static boolean presentsAsStatement(PageContent page) {
        Element heading = page.document().selectFirst("h1");
        String title = page.document().title();
        return NAMES_STATEMENT.matcher(title).find()
                || heading != null && NAMES_STATEMENT.matcher(heading.text()).find();
    }

    /**
     * A label image: its alt, title or file name speaks of accessibility or a label, or it sits in a
     * link to the register; the status comes from its alt or title text, else from its file name.
     */
    private static Optional<StatementStatus> labelStatus(Element image) {
        String words = image.attr("alt") + " " + image.attr("title");
        String src = image.attr("src");
        Element link = image.closest("a[href]");
        boolean inRegisterLink = link != null && REGISTER.matcher(link.absUrl("href")).find();
        if (!inRegisterLink && !LABEL_HINT.matcher(words + " " + src).find()) {
            return Optional.empty();
        }
        return StatusText.read(words).or(() -> StatusText.readFileName(src));
    }

    /** The link's name as a reader meets it: its text, else the alt of an image in it, else its labels. */
    private static String linkText(Element anchor) {
        StringBuilder text = new StringBuilder(anchor.text());
        if (text.toString().isBlank()) {
            anchor.select("img[alt]").forEach(img -> text.append(' ').append(img.attr("alt")));
        }
        if (text.toString().isBlank()) {
            text.append(anchor.attr("aria-label")).append(' ').append(anchor.attr("title"));
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The http(s) address without its fragment, or empty for mailto:, javascript: and the like. */
    private static Optional<String> webAddress(String absolute) {
        String lower = absolute.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        int hash = absolute.indexOf('#');
        return Optional.of(hash < 0 ? absolute : absolute.substring(0, hash));
    }

    private static String path(String url) {
        try {
            String path = new URI(url).getRawPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
