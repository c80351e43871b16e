package nl.ketenscan.crawler.browser;

/**
 * How a browser opens a page and waits, within the page budget, for it to load. Failures are reported
 * as a classic WebDriver navigation reports them, which {@link PageLoader} reads: a
 * {@link org.openqa.selenium.TimeoutException} when the page is slow, an
 * {@link org.openqa.selenium.InvalidArgumentException} for a URL the browser cannot open, and a
 * message with {@code net::ERR_} when the page could not be reached.
 */
@FunctionalInterface
interface Navigation {

    void open(String url);
}
