package nl.ketenscan.rules.sample;

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

    static SampleReason of(PageFeature feature) {
        return switch (feature) {
            case FORM -> FORM;
            case TABLE -> TABLE;
            case MEDIA -> MEDIA;
            case OTHER_LANGUAGE -> OTHER_LANGUAGE;
        };
    }
}
