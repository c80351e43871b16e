package nl.ketenscan.crawler.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on a loopback address for tests: fixed responses per path, a folder of fixture
 * pages for the paths without one, and a record of every request it received, so a test can assert
 * what was (and was not) requested, and how often.
 *
 * <pre>{@code
 * try (FixtureServer site = FixtureServer.start()) {
 *     site.page("/", "<a href='/contact'>Contact</a>");
 *     site.redirect("/old", 301, "/");
 *     ... fetch site.url("/old") ...
 *     assertEquals(1, site.requests("/"));
 * }
 * }</pre>
 *
 * Paths are matched without their query; unknown paths answer 404. Another loopback address such as
 * 127.0.0.2 gives a second, separate host. It is the one test server of this module, public because
 * the browser and scan tests use it from their own packages: one place that knows how a fixture is
 * served keeps the sites of the fetcher's and the browser's tests alike.
 */
public final class FixtureServer implements AutoCloseable {

    /** One request as it arrived; {@code nanoTime} is when, on {@link System#nanoTime()}'s clock. */
    public record Request(String method, String path, String query, Headers headers, long nanoTime) {
    }

    private final HttpServer server;
    private final ExecutorService handlers;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile HttpHandler unrouted = FixtureServer::notFound;

    private FixtureServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /** A server on 127.0.0.1 and a free port. */
    public static FixtureServer start() {
        return start("127.0.0.1");
    }

    /** A server on the given loopback address (e.g. 127.0.0.2) and a free port. */
    public static FixtureServer start(String loopbackAddress) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 0);
            ExecutorService handlers = Executors.newCachedThreadPool();
            FixtureServer fixture = new FixtureServer(server, handlers);
            server.createContext("/", fixture::dispatch);
            server.setExecutor(handlers);
            server.start();
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test server on " + loopbackAddress, e);
        }
    }

    /** Serves {@code html} at {@code path} with status 200 as UTF-8 HTML. */
    public FixtureServer page(String path, String html) {
        return respond(path, 200, "text/html; charset=utf-8", html);
    }

    public FixtureServer respond(String path, int status, String contentType, String body) {
        return respond(path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves exactly these bytes; a null content type sends no Content-Type header. */
    public FixtureServer respond(String path, int status, String contentType, byte[] body) {
        return handle(path, exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            send(exchange, status, body);
        });
    }

    /** Answers {@code path} with a redirect to {@code location}, written as given (may be relative). */
    public FixtureServer redirect(String path, int status, String location) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, status, new byte[0]);
        });
    }

    /** Any other behaviour (slow, broken, stateful); the handler must send a response or close. */
    public FixtureServer handle(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    /**
     * Serves the test resources under {@code folder} (e.g. {@code "/browser"}) at the paths without a
     * handler of their own, {@code /x.html} from {@code folder/x.html}, with each {@code {{name}}} filled
     * from {@code placeholders}: pages that link to a second server need its address, known only once it
     * runs. A missing file answers 404, as an unknown path does.
     */
    public FixtureServer serve(String folder, Map<String, String> placeholders) {
        Map<String, String> filled = Map.copyOf(placeholders);
        unrouted = exchange -> {
            String path = exchange.getRequestURI().getPath();
            String resource = folder + path;
            if (path.contains("..") || FixtureServer.class.getResource(resource) == null) {
                notFound(exchange);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type",
                    path.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
            send(exchange, 200, fixture(resource, filled).getBytes(StandardCharsets.UTF_8));
        };
        return this;
    }

    /** A fixture file from the test resources, as UTF-8 text, e.g. {@code fixture("/grid/index.html")}. */
    public static String fixture(String resourcePath) {
        try (InputStream in = FixtureServer.class.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new IllegalStateException("the test resource " + resourcePath + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture file with each {@code {{name}}} in it replaced by {@code placeholders}' value for name. */
    public static String fixture(String resourcePath, Map<String, String> placeholders) {
        String text = fixture(resourcePath);
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            text = text.replace("{{" + placeholder.getKey() + "}}", placeholder.getValue());
        }
        return text;
    }

    /** Sends status and body on an exchange; for handlers given to {@link #handle}. */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Sends a page's status, headers and {@code start}, and hands back the still open body: a handler
     * that waits before it writes the rest, or never does, makes a page that does not finish loading.
     */
    public static OutputStream startPage(HttpExchange exchange, String start) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(start.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return out;
    }

    /** {@code http://address:port} with the path appended. */
    public String url(String path) {
        return origin() + path;
    }

    /** {@code http://address:port}. */
    public String origin() {
        return "http://" + hostAndPort();
    }

    /** {@code address:port}, as written in an organisation's extra hosts. */
    public String hostAndPort() {
        InetSocketAddress address = server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** How many requests asked for {@code path}, whatever their query. */
    public int requests(String path) {
        return (int) received.stream().filter(request -> request.path().equals(path)).count();
    }

    /** Every request so far, in the order they arrived. */
    public List<Request> requests() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), System.nanoTime()));
        routes.getOrDefault(path, unrouted).handle(exchange);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, 404, ("no fixture at " + exchange.getRequestURI().getRawPath()).getBytes(StandardCharsets.UTF_8));
    }
}
