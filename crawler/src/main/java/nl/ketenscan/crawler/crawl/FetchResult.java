package nl.ketenscan.crawler.crawl;

import java.util.Locale;

/**
 * How a server answered one URL, after the redirects the {@link Fetcher} followed.
 *
 * <p>An HTTP error status (404, 500…) is an answer, not an error: {@code error} is non-null only when
 * there is no usable answer at all (unreachable, timed out, redirect out of scope or in a loop), and
 * then says in plain English what went wrong. The body array is not copied; do not change it.
 *
 * @param url         the URL asked for
 * @param finalUrl    the URL that gave this answer, after redirects; the last one tried on an error
 * @param status      the HTTP status of the last answer, 0 when no answer came
 * @param contentType the Content-Type header as sent, or null
 * @param body        the body, at most the fetcher's byte limit; empty on an error
 * @param truncated   whether the body was longer than the limit and was cut off
 * @param error       why there is no usable answer, or null
 */
public record FetchResult(String url, String finalUrl, int status, String contentType, byte[] body,
                          boolean truncated, String error) {

    private static final byte[] NO_BODY = new byte[0];

    public FetchResult {
        body = body == null ? NO_BODY : body;
    }

    static FetchResult failed(String url, String finalUrl, int status, String error) {
        return new FetchResult(url, finalUrl, status, null, NO_BODY, false, error);
    }

    /** Whether the Content-Type says HTML (text/html or application/xhtml+xml). */
    public boolean isHtml() {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    /**
     * The body as text, decoded the way a browser would pick the encoding: a byte order mark, then
     * the charset of the Content-Type, then a {@code <meta charset>} near the start, else UTF-8.
     * Bytes that are not valid in that encoding become U+FFFD; this never throws.
     */
    public String text() {
        return BodyText.decode(body, contentType);
    }
}
