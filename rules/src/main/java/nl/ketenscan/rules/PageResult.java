package nl.ketenscan.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a scan learned about one URL: how the server answered and what the checks found.
 *
 * <p>{@code error} is non-null when the page could not be fully checked (unreachable, timed out,
 * axe errored); its findings are then incomplete and the page must not count as passing. It holds
 * one message for each problem, worded by the report in its language.
 *
 * @param url         the URL as it was queued, normalised
 * @param finalUrl    where redirects ended
 * @param httpStatus  the final HTTP status, 0 when no answer came
 * @param lang        the {@code lang} attribute of the html element as written, or null
 * @param plainLanguage how readable the main text is; null for pages without enough Dutch text
 * @param loadMillis  time the browser spent loading the page, 0 when not rendered
 * @param checkMillis time spent in the in-page checks (axe), 0 when not rendered
 * @param features    the kinds of content the rendered page holds; null when it was not rendered
 *                    (not HTML, not reachable), so nothing can be concluded from their absence
 * @param facts       what the scan noted besides findings (statement, layout, exemptions); never null
 */
public record PageResult(String url, String finalUrl, int httpStatus, String contentType, String title,
                         String lang, List<Message> error, List<Finding> findings, PlainLanguage plainLanguage,
                         long loadMillis, long checkMillis, Set<PageFeature> features, PageFacts facts) {

    public PageResult {
        error = error == null || error.isEmpty() ? null : List.copyOf(error);
        findings = List.copyOf(findings);
        features = features == null ? null : inDeclarationOrder(features);
        facts = facts == null ? PageFacts.NONE : facts;
    }

    /** A page that produced no result but an error, e.g. an unreachable host or a redirect loop. */
    public static PageResult failed(String url, int httpStatus, String contentType, Message error) {
        return new PageResult(url, url, httpStatus, contentType, null, null, List.of(error), List.of(), null, 0, 0,
                null, PageFacts.NONE);
    }

    /** A failed page whose error is a text as it is ({@link Message#verbatim}), as older stores hold it. */
    public static PageResult failed(String url, int httpStatus, String contentType, String error) {
        return failed(url, httpStatus, contentType, Message.verbatim(error));
    }

    /** The same page with other findings, e.g. with those of the site rules added. */
    public PageResult withFindings(List<Finding> findings) {
        return new PageResult(url, finalUrl, httpStatus, contentType, title, lang, error, findings, plainLanguage,
                loadMillis, checkMillis, features, facts);
    }

    public boolean hasFailures() {
        return findings.stream().anyMatch(f -> f.outcome() == Outcome.FAILED);
    }

    /** Iterates in a fixed order, so that stores and reports written from it are stable. */
    private static Set<PageFeature> inDeclarationOrder(Set<PageFeature> features) {
        Set<PageFeature> ordered = EnumSet.noneOf(PageFeature.class);
        ordered.addAll(features);
        return Collections.unmodifiableSet(ordered);
    }
}
