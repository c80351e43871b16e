package nl.ketenscan.crawler.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the fixture pages of src/test/resources/browser/ on a loopback address, with
 * {@code {{name}}} placeholders filled in (such as the address of a second server, for frames of
 * another origin) and extra handlers for pages that need to misbehave.
 */
final class FixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, String> placeholders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    FixtureServer(String host) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serveFixture);
        server.start();
    }

    String origin() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    String url(String path) {
        return origin() + "/" + path;
    }

    void fill(String placeholder, String value) {
        placeholders.put("{{" + placeholder + "}}", value);
    }

    void handle(String path, HttpHandler handler) {
        server.createContext("/" + path, exchange -> {
            count(exchange);
            handler.handle(exchange);
        });
    }

    int hits(String path) {
        AtomicInteger count = hits.get("/" + path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void serveFixture(HttpExchange exchange) throws IOException {
        count(exchange);
        String path = exchange.getRequestURI().getPath();
        String resource = path.contains("..") ? "/browser/missing" : "/browser" + path;
        try (exchange; InputStream in = FixtureServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
                page = page.replace(placeholder.getKey(), placeholder.getValue());
            }
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".html") ? "text/html; charset=utf-8"
                    : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void count(HttpExchange exchange) {
        hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
    }

    /** Writes a page's start and flushes it, for handlers that then keep the page from finishing. */
    static OutputStream startPage(HttpExchange exchange, String start) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(start.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
