package nl.ketenscan.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a folder of test pages on 127.0.0.1, from the class path or from disk. The folder can be
 * swapped while the server runs, so that a second scan sees the changed site at the same URLs.
 */
final class FixtureSite implements AutoCloseable {

    private final HttpServer server;
    private volatile Source source;

    /** Where pages come from: a class-path folder such as {@code gates/site-v1}, or a folder on disk. */
    private interface Source {
        InputStream open(String name) throws IOException;
    }

    private FixtureSite(Source source) {
        this.source = source;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    static FixtureSite ofResources(String folder) {
        return new FixtureSite(resources(folder));
    }

    static FixtureSite ofFolder(Path folder) {
        return new FixtureSite(name -> Files.isRegularFile(folder.resolve(name)) ? Files.newInputStream(folder.resolve(name)) : null);
    }

    /** Pages of the folder first, then shared files such as the logo from its parent folder. */
    void serveResources(String folder) {
        source = resources(folder);
    }

    private static Source resources(String folder) {
        String parent = folder.substring(0, folder.lastIndexOf('/'));
        return name -> {
            InputStream page = FixtureSite.class.getResourceAsStream("/" + folder + "/" + name);
            return page != null ? page : FixtureSite.class.getResourceAsStream("/" + parent + "/" + name);
        };
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        if (name.isEmpty()) {
            name = "index.html";
        }
        try (exchange; InputStream body = name.contains("..") ? null : source.open(name)) {
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", contentType(name));
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/html; charset=utf-8";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
