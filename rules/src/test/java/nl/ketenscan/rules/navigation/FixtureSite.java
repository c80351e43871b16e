package nl.ketenscan.rules.navigation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;

/**
 * A fixture site of a site rule, {@code fixtures/<rule-id>/failing/} or {@code passing/}, as the pages
 * a scan would have stored: each file a page of www.lindeveen.example ({@code index.html} the start,
 * {@code afval--grofvuil.html} the page /afval/grofvuil), with the facts the browser path notes.
 */
final class FixtureSite {

    static final String ORIGIN = "https://www.lindeveen.example";

    private FixtureSite() {
    }

    static List<PageResult> pages(String ruleId, String kind) {
        try (Stream<Path> files = Files.list(Path.of(FixtureSite.class.getResource("/fixtures/" + ruleId + "/" + kind).toURI()))) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().equals("index.html"))
                            .thenComparing(Path::toString))
                    .map(FixtureSite::page)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL of a fixture file: {@code afval--grofvuil.html} is /afval/grofvuil, {@code en--index.html} /en/. */
    static String url(String file) {
        String path = file.replaceFirst("\\.html$", "").replace("--", "/").replaceFirst("(^|/)index$", "$1");
        return ORIGIN + "/" + path;
    }

    /** The same page with other navigation facts. */
    static PageResult withNavigation(PageResult page, PageNavigation navigation) {
        PageFacts facts = page.facts();
        return new PageResult(page.url(), page.finalUrl(), page.httpStatus(), page.contentType(), page.title(), page.lang(),
                page.error(), page.findings(), page.plainLanguage(), page.loadMillis(), page.checkMillis(), page.features(),
                new PageFacts(facts.statement(), facts.skeleton(), facts.thirdParty(), facts.documentCreated(), navigation));
    }

    private static PageResult page(Path file) {
        try {
            String url = url(file.getFileName().toString());
            PageContent content = PageContent.parse(url, Files.readString(file, StandardCharsets.UTF_8));
            return new PageResult(url, url, 200, "text/html; charset=utf-8", content.document().title(),
                    content.declaredLang(), null, List.of(), null, 0, 0, Set.of(), PageFacts.of(content, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
