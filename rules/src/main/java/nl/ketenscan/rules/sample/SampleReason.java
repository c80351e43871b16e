package nl.ketenscan.rules.sample;

import java.util.Optional;

import nl.ketenscan.rules.PageFeature;

/** Why WCAG-EM's structured sample holds a page: it is a common page, a template, or shows a feature. */
public enum SampleReason {
    HOME("home"),
    CONTACT("contact"),
    SEARCH("search"),
    SITEMAP("sitemap"),
    LOGIN("login"),
    HELP_OR_LEGAL("help-or-legal"),
    STATEMENT("statement"),
    TEMPLATE("template"),
    FORM("form"),
    TABLE("table"),
    MEDIA("media"),
    OTHER_LANGUAGE("other-language"),
    DOCUMENT("document");

    private final String id;

    SampleReason(String id) {
        this.id = id;
    }

    /** The name used in reports and message keys. */
    public String id() {
        return id;
    }

    /**
     * The reason a page with the feature stands in the sample; empty for features nearly every page
     * has (the search box's field) or that say nothing of the content (a frame).
     */
    static Optional<SampleReason> of(PageFeature feature) {
        return switch (feature) {
            case FORM -> Optional.of(FORM);
            case TABLE -> Optional.of(TABLE);
            case VIDEO, AUDIO -> Optional.of(MEDIA);
            case OTHER_LANGUAGE -> Optional.of(OTHER_LANGUAGE);
            case FORM_FIELD, FRAME -> Optional.empty();
        };
    }
}
