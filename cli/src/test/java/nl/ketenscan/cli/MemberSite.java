package nl.ketenscan.cli;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A library's member area on 127.0.0.1, as such sites work: a login form with a CSRF token, a session
 * cookie that ends after {@code sessionRequests} requests of member pages, a redirect to the member
 * home after logging in and back to the login page (with the page asked for) once the session ended,
 * logout links (one known only by its image's alt text) and a link that deletes the account. Four member pages, each with the member's name
 * in its title, carry defects a scan must find: an image without alt text ({@code /mijn/leningen}),
 * a field without a label ({@code /mijn/gegevens}). It records every path requested, the successful
 * logins and every session id it gave, so a test can look for them where they must not be.
 */
final class MemberSite {

    static final String USER = "lid-20417";
    static final String PASSWORD = "Wacht-w00rd!e4f19";
    static final List<String> MEMBER_PAGES = List.of("/mijn/", "/mijn/leningen", "/mijn/reserveringen", "/mijn/gegevens");

    private final int sessionRequests;
    private final Set<String> csrfTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> sessions = new ConcurrentHashMap<>();
    private final List<String> sessionIds = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final String origin;

    MemberSite(LoopbackSites sites, int sessionRequests) throws IOException {
        this.sessionRequests = sessionRequests;
        this.origin = sites.start("127.0.0.1", this::handle);
    }

    String origin() {
        return origin;
    }

    /** Member pages requested with a session, login posts and every other path, in order. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    int logins() {
        return logins.get();
    }

    List<String> sessionIds() {
        return List.copyOf(sessionIds);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        paths.add(exchange.getRequestMethod() + " " + path);
        if (path.equals("/inloggen") && exchange.getRequestMethod().equals("POST")) {
            logIn(exchange);
        } else if (path.equals("/inloggen")) {
            send(exchange, loginPage(""));
        } else if (path.equals("/uitloggen") || path.startsWith("/account/verwijderen") || path.equals("/sessie/einde")) {
            session(exchange).ifPresent(sessions::remove);
            redirect(exchange, "/inloggen");
        } else if (MEMBER_PAGES.contains(path)) {
            String session = session(exchange).orElse(null);
            AtomicInteger left = session == null ? null : sessions.get(session);
            if (left == null || left.getAndDecrement() <= 0) {
                redirect(exchange, "/inloggen?terug=" + path);
            } else {
                send(exchange, memberPage(path));
            }
        } else {
            LoopbackSites.send(exchange, 404, "text/plain", "niet gevonden");
        }
    }

    private void logIn(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!csrfTokens.remove(String.valueOf(form.get("csrf")))) {
            LoopbackSites.send(exchange, 403, "text/plain", "ongeldig formulier");
        } else if (USER.equals(form.get("gebruikersnaam")) && PASSWORD.equals(form.get("wachtwoord"))) {
            String id = UUID.randomUUID().toString().replace("-", "");
            sessionIds.add(id);
            sessions.put(id, new AtomicInteger(sessionRequests));
            logins.incrementAndGet();
            exchange.getResponseHeaders().add("Set-Cookie", "bibsessie=" + id + "; Path=/; HttpOnly");
            redirect(exchange, "/mijn/");
        } else {
            send(exchange, loginPage("<p role=\"alert\">De combinatie van pasnummer en wachtwoord klopt niet.</p>"));
        }
    }

    private java.util.Optional<String> session(HttpExchange exchange) {
        String cookies = String.valueOf(exchange.getRequestHeaders().get("Cookie"));
        int at = cookies.indexOf("bibsessie=");
        if (at < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(cookies.substring(at + "bibsessie=".length()).split("[;,\\]\\s]", 2)[0]);
    }

    private String loginPage(String error) {
        String token = UUID.randomUUID().toString();
        csrfTokens.add(token);
        return "<!doctype html><html lang=\"nl\"><head><title>Inloggen – Bibliotheek Lindeveen</title></head><body><main>"
                + "<h1>Inloggen</h1>" + error + "<form method=\"post\" action=\"/inloggen\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + token + "\">"
                + "<label for=\"gebruikersnaam\">Pasnummer</label><input id=\"gebruikersnaam\" name=\"gebruikersnaam\">"
                + "<label for=\"wachtwoord\">Wachtwoord</label><input id=\"wachtwoord\" name=\"wachtwoord\" type=\"password\">"
                + "<button type=\"submit\">Inloggen</button></form></main></body></html>";
    }

    private static String memberPage(String path) {
        String name = path.equals("/mijn/") ? "overzicht" : path.substring("/mijn/".length());
        String content = switch (path) {
            case "/mijn/leningen" -> "<p>U leent 2 boeken.</p><img src=\"/omslag.png\" width=\"40\" height=\"60\">";
            case "/mijn/gegevens" -> "<form><input type=\"text\" name=\"telefoon\" value=\"06\"></form>";
            default -> "<p>Welkom terug.</p>";
        };
        return "<!doctype html><html lang=\"nl\"><head><title>Mijn " + name + " – J. de Vries – Bibliotheek Lindeveen</title>"
                + "</head><body><header><nav aria-label=\"Mijn bibliotheek\"><ul>"
                + "<li><a href=\"/mijn/\">Overzicht</a></li><li><a href=\"/mijn/leningen\">Leningen</a></li>"
                + "<li><a href=\"/mijn/reserveringen\">Reserveringen</a></li><li><a href=\"/mijn/gegevens\">Gegevens</a></li>"
                + "<li><a id=\"uitloggen\" href=\"/uitloggen\">Uitloggen</a></li>"
                + "<li><a href=\"/account/verwijderen?bevestig=1\">Account verwijderen</a></li></ul></nav></header>"
                + "<main><h1>Mijn " + name + "</h1>" + content
                + "<img src=\"/afmelden-pixel.gif\" alt=\"\" width=\"1\" height=\"1\"></main>"
                + "<footer><a href=\"/sessie/einde\"><img src=\"/deur.png\" alt=\"Log out\" width=\"16\" height=\"16\"></a>"
                + "</footer></body></html>";
    }

    private static void send(HttpExchange exchange, String html) throws IOException {
        LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", html);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        LoopbackSites.send(exchange, exchange.getRequestMethod().equals("POST") ? 303 : 302, "text/plain", "");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
