package nl.ketenscan.rules.sample;

import java.util.List;
import java.util.Objects;

/**
 * A page of the WCAG-EM sample.
 *
 * @param url         where the auditor opens it (after redirects)
 * @param title       the page's title; null for documents and untitled pages
 * @param contentType as the server sent it; null when unknown
 * @param reasons     why it is in the structured sample; empty for a page of the random sample
 */
public record SampledPage(String url, String title, String contentType, List<SampleReason> reasons) {

    public SampledPage {
        Objects.requireNonNull(url, "url");
        reasons = List.copyOf(reasons);
    }
}
