package nl.ketenscan.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves one demo site from its classpath folder: GET and HEAD only, the site's own 404 page for
 * anything unknown, a redirect from {@code /afval} to {@code /afval/}, and origin placeholders
 * filled in in every text file.
 */
final class DemoSiteHandler implements HttpHandler {

    private final DemoOrganisation organisation;
    private final OriginPlaceholders placeholders;
    private final ClassLoader resources = DemoSiteHandler.class.getClassLoader();

    DemoSiteHandler(DemoOrganisation organisation, OriginPlaceholders placeholders) {
        this.organisation = organisation;
        this.placeholders = placeholders;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendPlainText(exchange, 405, "Deze demosite kan alleen pagina's tonen (GET en HEAD).");
                return;
            }
            Optional<ResourcePath> path = ResourcePath.parse(exchange.getRequestURI().getRawPath());
            if (path.isEmpty()) {
                sendPlainText(exchange, 400, "Ongeldig adres.");
                return;
            }
            serve(exchange, path.get());
        }
    }

    private void serve(HttpExchange exchange, ResourcePath path) throws IOException {
        String fileName = path.fileName();
        Optional<DemoContentType> type = DemoContentType.forFileName(fileName);
        Optional<byte[]> body = type.flatMap(t -> read(fileName, t));
        if (body.isPresent()) {
            send(exchange, 200, type.get(), body.get());
        } else if (!path.folder() && type.isEmpty() && exists(path.asFolder().fileName())) {
            redirectToFolder(exchange);
        } else {
            send(exchange, 404, DemoContentType.HTML, read("404.html", DemoContentType.HTML)
                    .orElseThrow(() -> new IllegalStateException("the demo site " + organisation.key()
                            + " has no 404.html; the jar is incomplete, rebuild ketenscan")));
        }
    }

    private void redirectToFolder(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String location = exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query);
        exchange.getResponseHeaders().set("Location", location);
        sendPlainText(exchange, 301, "Deze pagina staat op " + location);
    }

    private boolean exists(String fileName) {
        return resources.getResource(organisation.resourceRoot() + fileName) != null;
    }

    private Optional<byte[]> read(String fileName, DemoContentType type) {
        try (InputStream in = resources.getResourceAsStream(organisation.resourceRoot() + fileName)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            if (!type.isText()) {
                return Optional.of(bytes);
            }
            String filled = placeholders.fill(new String(bytes, StandardCharsets.UTF_8));
            return Optional.of(filled.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read demo file " + organisation.resourceRoot() + fileName, e);
        }
    }

    private static void sendPlainText(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, DemoContentType.TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, DemoContentType type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type.headerValue());
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        // The JDK server writes headers and body separately; on a kept-alive connection Nagle's
        // algorithm and the client's delayed ACK then hold every response back about 40 ms.
        exchange.getResponseHeaders().set("Connection", "close");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
