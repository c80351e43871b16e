package nl.ketenscan.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;

/**
 * One site of a site rule's fixtures, read from a {@code site*.json} in the rule's folder:
 * <pre>{@code
 * {"pages": [
 *    {"url": "https://gemeente.example/afval/", "title": "Afval | Gemeente Lindeveen"},
 *    {"url": "https://gemeente.example/oud/", "finalUrl": "https://gemeente.example/afval/", "title": "…"},
 *    {"url": "https://gemeente.example/weg/", "status": 404, "contentType": "text/html", "title": "…"},
 *    {"url": "https://gemeente.example/contact/", "file": "contact.html"}],
 *  "expected": {"https://gemeente.example/afval/": {"needs-review": ["html > head > title"]}}}
 * }</pre>
 * A page is given by what the crawl stores (status 200 and {@code text/html; charset=utf-8} unless
 * said), or by an HTML {@code file} in the folder, which is then checked as the crawler checks a page
 * served without a browser ({@link PageAudit}, the page's host owned), so its title, lang and facts
 * are the page's own. Pages missing from {@code expected} must get no finding.
 *
 * @param documents the parsed page of each URL given by a file, to resolve expected selectors in
 */
public record SiteFixture(List<PageResult> pages, Map<String, Document> documents, Map<String, ExpectedFindings> expected) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static SiteFixture read(Path file) {
        JsonNode site;
        try {
            site = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PageResult> pages = new ArrayList<>();
        Map<String, Document> documents = new HashMap<>();
        for (JsonNode page : site.path("pages")) {
            String url = Objects.requireNonNull(page.path("url").textValue(), file.getFileName() + ": a page without url");
            if (page.hasNonNull("file")) {
                PageContent content = RuleFixtures.parse(file.resolveSibling(page.get("file").asText()), url);
                documents.put(url, content.document());
                pages.add(checked(page, url, content));
            } else {
                pages.add(new PageResult(url, page.path("finalUrl").asText(url), page.path("status").asInt(200),
                        contentType(page), page.path("title").textValue(), page.path("lang").textValue(), null,
                        List.of(), null, 0, 0, null, PageFacts.NONE));
            }
        }
        Map<String, ExpectedFindings> expected = site.has("expected")
                ? ExpectedFindings.perKey(site.get("expected"), file.getFileName().toString())
                : Map.of();
        return new SiteFixture(pages, documents, expected);
    }

    /** What a rule must find on the page with this URL: nothing unless the fixture says. */
    ExpectedFindings expectedAt(String url) {
        return expected.getOrDefault(url, new ExpectedFindings(Map.of()));
    }

    private static PageResult checked(JsonNode page, String url, PageContent content) {
        String host = URI.create(url).getHost();
        Predicate<String> owned = other -> host.equalsIgnoreCase(hostOf(other));
        PageAudit audit = PageAudit.of(content, List.of(), null, owned);
        String title = content.document().title();
        String lang = content.document().selectFirst("html[lang]") == null ? null : content.declaredLang();
        return new PageResult(url, page.path("finalUrl").asText(url), page.path("status").asInt(200), contentType(page),
                title.isEmpty() ? null : title, lang, audit.error(), audit.findings(), audit.plainLanguage(), 0, 0,
                audit.features(), audit.facts());
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String contentType(JsonNode page) {
        return page.path("contentType").asText("text/html; charset=utf-8");
    }
}
