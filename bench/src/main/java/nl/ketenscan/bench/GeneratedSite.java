package nl.ketenscan.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A municipal-looking site of a given number of pages, generated on request and served on
 * 127.0.0.1: one template, a few content defects, links to neighbouring pages and a sitemap.
 */
final class GeneratedSite implements AutoCloseable {

    private static final String[] TOPICS = {"Afval en recycling", "Paspoort aanvragen", "Parkeervergunning",
            "Verhuizing doorgeven", "Bijstand", "Omgevingsvergunning", "Gemeenteraad", "Sport en bewegen",
            "Subsidie aanvragen", "Zorg en ondersteuning"};

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final int pages;

    private GeneratedSite(int pages) throws IOException {
        // The JDK server writes headers and body apart; without TCP_NODELAY, Nagle's algorithm and
        // delayed ACKs hold every response for 40 ms on loopback, and the bench would measure that.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.pages = pages;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static GeneratedSite start(int pages) throws IOException {
        return new GeneratedSite(pages);
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            send(exchange, 200, "text/plain", "User-agent: *\nDisallow:\nSitemap: " + origin() + "/sitemap.xml\n");
        } else if (path.equals("/sitemap.xml")) {
            send(exchange, 200, "application/xml", sitemap());
        } else if (path.equals("/")) {
            send(exchange, 200, "text/html; charset=utf-8", page(0));
        } else if (path.startsWith("/pagina/")) {
            int number = parse(path.substring("/pagina/".length()));
            if (number > 0 && number < pages) {
                send(exchange, 200, "text/html; charset=utf-8", page(number));
            } else {
                send(exchange, 404, "text/plain", "niet gevonden");
            }
        } else {
            send(exchange, 404, "text/plain", "niet gevonden");
        }
    }

    private String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 0; i < pages; i++) {
            xml.append("<url><loc>").append(origin()).append(link(i)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private String page(int number) {
        String topic = TOPICS[number % TOPICS.length];
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(topic).append(" ").append(number).append(" - Gemeente Benchdorp</title>")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:auto}.zacht{color:#aaa}</style>")
                .append("</head><body><header><img src=\"/logo.png\" width=\"120\" height=\"40\">")
                .append("<nav aria-label=\"Hoofdmenu\"><ul>");
        for (int i = 0; i < TOPICS.length; i++) {
            html.append("<li><a href=\"").append(link(i)).append("\">").append(TOPICS[i]).append("</a></li>");
        }
        html.append("</ul></nav></header><main><h1>").append(topic).append(" (").append(number).append(")</h1>");
        for (int p = 0; p < 8; p++) {
            html.append("<p>Wilt u iets regelen over ").append(topic.toLowerCase())
                    .append("? Op deze pagina leest u wat u moet doen, wat het kost en hoe lang het duurt. ")
                    .append("Neem uw identiteitsbewijs mee naar de afspraak op het gemeentehuis. ")
                    .append("Heeft u vragen? Bel ons op werkdagen tussen 9.00 en 17.00 uur.</p>");
        }
        if (number % 3 == 0) {
            html.append("<p class=\"zacht\">Deze informatie is het laatst bijgewerkt in november.</p>");
        }
        if (number % 4 == 0) {
            html.append("<form><input type=\"text\" name=\"postcode\"><button>Zoek</button></form>");
        }
        html.append("<h2>Meer over dit onderwerp</h2><ul>");
        for (int step = 1; step <= 4; step++) {
            int next = (number * 7 + step * 13) % pages;
            html.append("<li><a href=\"").append(link(next)).append("\">Pagina ").append(next).append("</a></li>");
        }
        html.append("</ul></main><footer><p>Gemeente Benchdorp, Postbus 1, 1234 AB Benchdorp</p></footer>")
                .append("</body></html>");
        return html.toString();
    }

    private static String link(int number) {
        return number == 0 ? "/" : "/pagina/" + number;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
