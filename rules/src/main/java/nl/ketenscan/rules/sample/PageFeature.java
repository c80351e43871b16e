package nl.ketenscan.rules.sample;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PageContent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page holds that WCAG-EM wants represented in the sample, because it brings criteria into
 * play that other pages do not: forms, data tables, audio and video, and text in another language.
 */
public enum PageFeature {
    /** A form a visitor fills in; the site-wide search box alone does not count. */
    FORM("form"),
    /** A table of at least two rows that is not marked as layout. */
    TABLE("table"),
    /** Audio or video, in the page or from a known video player. */
    MEDIA("media"),
    /** A part in another language than the page's own ({@code lang} on an element). */
    OTHER_LANGUAGE("other-language");

    private static final String CONTROLS = "input:not([type=hidden]):not([type=submit]):not([type=button])"
            + ":not([type=reset]):not([type=image]):not([type=search]), select, textarea";
    private static final Pattern VIDEO_PLAYER = Pattern.compile(
            "(?i)(youtube\\.com|youtube-nocookie\\.com|vimeo\\.com|dailymotion\\.com)/");
    private static final Pattern SEARCH_ACTION = Pattern.compile("(?i)zoek|search");

    private final String id;

    PageFeature(String id) {
        this.id = id;
    }

    /** The name used in the store and reports. */
    public String id() {
        return id;
    }

    public static Optional<PageFeature> fromId(String id) {
        for (PageFeature feature : values()) {
            if (feature.id.equals(id)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }

    /** The features of a rendered page; a pure function of its DOM. */
    public static Set<PageFeature> of(PageContent page) {
        Document document = page.document();
        Set<PageFeature> features = EnumSet.noneOf(PageFeature.class);
        if (document.select(CONTROLS).stream().anyMatch(control -> !inSearchForm(control))) {
            features.add(FORM);
        }
        if (document.select("table:not([role=presentation]):not([role=none])").stream()
                .anyMatch(table -> table.select("tr").size() >= 2)) {
            features.add(TABLE);
        }
        if (!document.select("video, audio").isEmpty() || document.select("iframe[src]").stream()
                .anyMatch(frame -> VIDEO_PLAYER.matcher(frame.attr("src")).find())) {
            features.add(MEDIA);
        }
        if (hasOtherLanguage(page)) {
            features.add(OTHER_LANGUAGE);
        }
        return features;
    }

    private static boolean inSearchForm(Element control) {
        Element form = control.closest("form, [role=search]");
        return form != null && (form.is("[role=search]") || SEARCH_ACTION.matcher(form.attr("action")).find());
    }

    private static boolean hasOtherLanguage(PageContent page) {
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
}
