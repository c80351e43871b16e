package nl.ketenscan.crawler.browser;

import nl.ketenscan.rules.Finding;

/**
 * A screenshot taken of a finding's element while its page was loaded, before it is stored.
 *
 * @param png the image, at most {@link ElementScreenshot#MAX_BYTES} bytes
 */
public record TakenScreenshot(Finding finding, byte[] png) {
}
