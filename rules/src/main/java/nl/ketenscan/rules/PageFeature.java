package nl.ketenscan.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Kinds of content a page holds, read from the rendered DOM and kept with each page. Two parts of
 * the report rest on them: the criteria matrix, where "not applicable" must rest on what the scan
 * saw instead of on a guess (captions matter only where there is video, error suggestions only
 * where there are form fields), and the WCAG-EM sample, which wants a page of each kind that
 * brings criteria into play (a form, a data table, media, text in another language).
 *
 * <p>The rendered DOM is the top document only. {@link #FRAME} records embedded documents whose
 * content the scan did not see; since they may hold any of the other kinds, a frame makes every
 * criterion applicable to its page. A frame of third-party content does not count: that content is
 * exempt, and the scan does not count its findings either.
 */
public enum PageFeature {
    /**
     * A video element, or the frame of a known video player: a video the organisation publishes is
     * its own wherever it is hosted, so its frame counts as video even when the frame does not count.
     */
    VIDEO(PageFeature::hasVideo),
    AUDIO(PageFeature::hasAudio),
    /** Anything a user types into or sets: the subject of input purpose, labels and error handling. */
    FORM_FIELD(PageFeature::hasFormField),
    /** A form a visitor fills in; the site-wide search box, on every page, does not make one. */
    FORM(PageFeature::hasForm),
    /** A table of at least two rows that is not marked as layout. */
    TABLE(PageFeature::hasDataTable),
    /** A part in another language than the page's own ({@code lang} on an element). */
    OTHER_LANGUAGE(PageFeature::hasOtherLanguage),
    FRAME(PageFeature::hasOwnFrame);

    /** Parsed once: jsoup parses a query on every select, and this long one was 5% of a static scan's time. */
    private static final Evaluator FIELDS = QueryParser.parse("input:not([type=hidden], [type=submit], [type=reset],"
            + " [type=button], [type=image]), select, textarea, [contenteditable]:not([contenteditable=false]),"
            + " [role=textbox], [role=searchbox], [role=combobox], [role=listbox], [role=spinbutton], [role=slider],"
            + " [role=checkbox], [role=radio], [role=switch]");
    private static final Pattern VIDEO_PLAYER = Pattern.compile(
            "(?i)(youtube\\.com|youtube-nocookie\\.com|vimeo\\.com|dailymotion\\.com)/");
    private static final Pattern SEARCH_ACTION = Pattern.compile("(?i)zoek|search");

    private final BiPredicate<PageContent, Predicate<Element>> presence;

    PageFeature(BiPredicate<PageContent, Predicate<Element>> presence) {
        this.presence = presence;
    }

    /** The name used in the scan store and reports, e.g. {@code form-field}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PageFeature fromId(String id) {
        for (PageFeature feature : values()) {
            if (feature.id().equals(id)) {
                return feature;
            }
        }
        throw new IllegalArgumentException("unknown page feature: " + id);
    }

    /**
     * The kinds of content present on the page; a pure function of its DOM.
     *
     * @param thirdParty whether an embedding element ({@code iframe}, {@code object}…) shows content
     *                   from a third party, which the Besluit exempts
     */
    public static Set<PageFeature> presentOn(PageContent page, Predicate<Element> thirdParty) {
        Set<PageFeature> present = EnumSet.noneOf(PageFeature.class);
        for (PageFeature feature : values()) {
            if (feature.presence.test(page, thirdParty)) {
                present.add(feature);
            }
        }
        return present;
    }

    private static boolean hasVideo(PageContent page, Predicate<Element> thirdParty) {
        return page.document().selectFirst("video") != null || page.document().select("iframe[src]").stream()
                .anyMatch(PageFeature::isVideoPlayer);
    }

    /** Whether the frame shows a known video player (YouTube, Vimeo, Dailymotion). */
    public static boolean isVideoPlayer(Element frame) {
        return frame.is("iframe[src]") && VIDEO_PLAYER.matcher(frame.attr("src")).find();
    }

    private static boolean hasAudio(PageContent page, Predicate<Element> thirdParty) {
        return page.document().selectFirst("audio") != null;
    }

    private static boolean hasFormField(PageContent page, Predicate<Element> thirdParty) {
        return page.document().selectFirst(FIELDS) != null;
    }

    private static boolean hasForm(PageContent page, Predicate<Element> thirdParty) {
        return page.document().select(FIELDS).stream().anyMatch(field -> !isSearch(field));
    }

    private static boolean isSearch(Element field) {
        if (field.is("input[type=search], [role=searchbox]")) {
            return true;
        }
        Element form = field.closest("form, [role=search]");
        return form != null && (form.is("[role=search]") || SEARCH_ACTION.matcher(form.attr("action")).find());
    }

    private static boolean hasDataTable(PageContent page, Predicate<Element> thirdParty) {
        return page.document().select("table:not([role=presentation], [role=none])").stream()
                .anyMatch(table -> table.select("tr").size() >= 2);
    }

    private static boolean hasOtherLanguage(PageContent page, Predicate<Element> thirdParty) {
        String own = primary(page.declaredLang());
        Element body = page.document().body();
        if (own.isEmpty() || body == null) {
            return false;
        }
        return body.select("[lang]").stream()
                .map(element -> primary(element.attr("lang")))
                .anyMatch(lang -> !lang.isEmpty() && !lang.equals(own));
    }

    private static String primary(String lang) {
        return lang.strip().split("-", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static boolean hasOwnFrame(PageContent page, Predicate<Element> thirdParty) {
        return page.document().select("iframe, frame, object, embed").stream().anyMatch(thirdParty.negate());
    }
}
