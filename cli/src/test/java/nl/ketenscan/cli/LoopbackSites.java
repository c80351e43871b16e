package nl.ketenscan.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sites a test serves on loopback addresses (127.0.0.1, and 127.0.0.2 for "another host"), each one
 * handler for every path, all ended together after the test.
 */
final class LoopbackSites implements AutoCloseable {

    /** Answers one request; the exchange is closed afterwards whatever it did. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final List<HttpServer> servers = new CopyOnWriteArrayList<>();

    /** Starts a site on {@code address} and returns its origin, {@code http://address:port}. */
    String start(String address, Handler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
        server.start();
        servers.add(server);
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Sends a whole answer; an empty body is sent as none. */
    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(bytes);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
    }
}
