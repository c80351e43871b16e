package nl.ketenscan.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Kinds of content that decide whether a success criterion can apply to a page at all: captions
 * matter only where there is video, error suggestions only where there are form fields. Read from
 * the rendered DOM and kept with each page, so that "not applicable" in the criteria matrix rests
 * on what the scan saw instead of on a guess.
 *
 * <p>The rendered DOM is the top document only. {@link #FRAME} records embedded documents whose
 * content the scan did not see; since they may hold any of the other kinds, a frame makes every
 * criterion applicable to its page.
 */
public enum PageFeature {
    VIDEO("video"),
    AUDIO("audio"),
    /** Anything a user types into or sets: the subject of input purpose, labels and error handling. */
    FORM_FIELD("input:not([type=hidden], [type=submit], [type=reset], [type=button], [type=image]), select,"
            + " textarea, [contenteditable]:not([contenteditable=false]), [role=textbox], [role=searchbox],"
            + " [role=combobox], [role=listbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio],"
            + " [role=switch]"),
    FRAME("iframe, frame, object, embed");

    private final String selector;

    PageFeature(String selector) {
        this.selector = selector;
    }

    /** The name used in the scan store, e.g. {@code form-field}. */
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

    /** The kinds of content present on the page. */
    public static Set<PageFeature> presentOn(PageContent page) {
        Set<PageFeature> present = EnumSet.noneOf(PageFeature.class);
        for (PageFeature feature : values()) {
            if (page.document().selectFirst(feature.selector) != null) {
                present.add(feature);
            }
        }
        return present;
    }
}
