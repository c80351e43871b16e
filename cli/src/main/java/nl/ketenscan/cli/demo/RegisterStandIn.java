package nl.ketenscan.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The demo's stand-in for the register of statements at toegankelijkheidsverklaring.nl, so the demo
 * shows the register beside the statements without leaving the machine: {@code /register/N} serves
 * {@code demo/register/N.html}; anything else is a 404.
 */
final class RegisterStandIn implements HttpHandler {

    private static final Pattern ENTRY = Pattern.compile("/register/(\\d{1,9})/?");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher entry = ENTRY.matcher(exchange.getRequestURI().getRawPath());
            byte[] page = entry.matches() ? read("demo/register/" + entry.group(1) + ".html") : null;
            if (page == null) {
                DemoSiteHandler.send(exchange, 404, DemoContentType.TEXT,
                        "Deze verklaring staat niet in het register.\n".getBytes(StandardCharsets.UTF_8));
            } else {
                DemoSiteHandler.send(exchange, 200, DemoContentType.HTML, page);
            }
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = RegisterStandIn.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
