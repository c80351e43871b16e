package nl.ketenscan.crawler.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Scope;
import org.openqa.selenium.WebDriverException;

/**
 * Prints ketenscan's own HTML report to a tagged PDF with Chromium's print to PDF
 * ({@code Page.printToPDF} with {@code generateTaggedPDF} and {@code generateDocumentOutline}), so the
 * PDF is the same page a reader sees, with its headings as bookmarks, its structure as tags, and the
 * title and language of the HTML.
 *
 * <p>The report folder is served read-only on 127.0.0.1 for as long as the printer lives and the
 * browser opens it there, inside that one origin's scope, as it opens any page: the browser opens no
 * {@code file:} address, and the report's links to crawled pages are never followed.
 */
public final class ReportPrinter implements AutoCloseable {

    /** Printing a report of many pages takes the browser seconds; this bounds a browser that hangs. */
    private static final Duration PRINTING = Duration.ofMinutes(2);
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    private final ChromiumInstance browser;
    private final HttpServer server;

    private ReportPrinter(ChromiumInstance browser, HttpServer server) {
        this.browser = browser;
        this.server = server;
    }

    /**
     * A browser and a loopback server for the report in {@code folder}.
     *
     * @throws BrowserUnavailableException when the browser does not start, saying what to fix
     */
    public static ReportPrinter start(BrowserSettings settings, Path folder) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the report on 127.0.0.1 to print it: " + e.getMessage(), e);
        }
        Path root = folder.toAbsolutePath().normalize();
        server.createContext("/", exchange -> serve(root, exchange));
        server.start();
        try {
            return new ReportPrinter(ChromiumInstance.launch(settings, Credentials.none()), server);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    /**
     * The PDF of the report page {@code page}, a file name in the folder such as
     * {@code organisatie-gemeente.html}.
     *
     * @throws WebDriverException when the browser cannot open or print the page
     */
    public byte[] print(String page) {
        String url = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/" + page;
        browser.enter(Scope.origin(url));
        browser.open(url);
        DevToolsCommands devTools = DevToolsCommands.of(browser.driver());
        if (devTools == null) {
            throw new WebDriverException("this browser offers no Chrome DevTools commands, which printing to PDF needs");
        }
        Map<?, ?> printed = (Map<?, ?>) devTools.send("Page.printToPDF", Map.of(
                "printBackground", true, "preferCSSPageSize", true, "paperWidth", 8.27, "paperHeight", 11.69,
                "generateTaggedPDF", true, "generateDocumentOutline", true), PRINTING);
        return Base64.getDecoder().decode((String) printed.get("data"));
    }

    /** Only files directly in the report folder, never above it; anything else is not found. */
    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(1);
            Path file = root.resolve(name).normalize();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (!"GET".equals(exchange.getRequestMethod()) || name.contains("/") || !file.getParent().equals(root)
                    || !TYPES.containsKey(extension) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", TYPES.get(extension));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.stop(0);
        }
    }
}
