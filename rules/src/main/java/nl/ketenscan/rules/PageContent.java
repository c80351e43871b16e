package nl.ketenscan.rules;

import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page as ketenscan's own rules see it: the DOM the browser rendered, parsed once and shared by
 * all rules. Rules read it and never change it.
 */
public record PageContent(String url, Document document) {

    public PageContent {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(document, "document");
    }

    public static PageContent parse(String url, String html) {
        return new PageContent(url, Jsoup.parse(html, url));
    }

    /** The {@code lang} attribute of the html element as written; empty string when absent. */
    public String declaredLang() {
        Element html = document.selectFirst("html");
        return html == null ? "" : html.attr("lang").trim();
    }
}
