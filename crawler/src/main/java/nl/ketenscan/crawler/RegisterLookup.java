package nl.ketenscan.crawler;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.statement.RegisterEntry;
import nl.ketenscan.rules.statement.Statement;

/**
 * Reads, after the crawl, each organisation's entry in the public register of statements at
 * toegankelijkheidsverklaring.nl: the one page its statement links, one request per organisation to
 * that one host, so the report can set the register's status and date beside the statement's.
 *
 * <p>The request is ketenscan's own: the register is outside every organisation's scope, so it goes
 * through a {@link Fetcher} made without credentials (the user's headers and cookies never reach it),
 * within the register page's origin only (a redirect elsewhere is not followed). Offline or
 * unreachable gives a note and an entry that says why; never a failed scan. {@code --no-register}
 * leaves this out.
 *
 * <p>The register's address can be changed for tests only, with the system property
 * {@value #BASE_PROPERTY} (and by the demo, which serves its own): the linked entry's path is then asked
 * of that server, a loopback stand-in.
 */
public final class RegisterLookup {

    /** The register's public address. */
    public static final String REGISTER = "https://www.toegankelijkheidsverklaring.nl";
    /** For tests only: another server to ask the register's paths of. */
    public static final String BASE_PROPERTY = "ketenscan.register.base";

    private final Fetcher fetcher;
    private final String base;

    /**
     * @param fetcher a fetcher without credentials, used for nothing else than the register
     * @param base    the register's address: {@link #address()}, or the demo's loopback stand-in
     */
    public RegisterLookup(Fetcher fetcher, String base) {
        this.fetcher = fetcher;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The register's address: the public one, unless a test set {@value #BASE_PROPERTY}. */
    public static String address() {
        return System.getProperty(BASE_PROPERTY, REGISTER);
    }

    /** Reads the register entry of each organisation whose statement links one and that has none read yet. */
    public void lookUp(ScanStore store) {
        List<OrganisationResults> organisations = store.results().organisations();
        for (int org = 0; org < organisations.size(); org++) {
            OrganisationResults results = organisations.get(org);
            if (results.register() != null && results.register().wasRead()) {
                continue;
            }
            Optional<String> linked = Statement.find(results.pages()).map(Statement::registerUrl);
            if (linked.isPresent()) {
                RegisterEntry entry = read(linked.get());
                store.recordRegister(org, entry);
                if (!entry.wasRead()) {
                    store.note(org, Message.of("note.register-unread", linked.get(), entry.problem()));
                }
            }
        }
    }

    /** The entry at the register address the statement links. */
    RegisterEntry read(String registerUrl) {
        String address = requestAddress(registerUrl);
        FetchResult answer = fetcher.fetch(address, Scope.origin(address));
        if (answer.error() != null) {
            return RegisterEntry.unread(registerUrl, Message.of("register.unreachable", answer.error()));
        }
        if (answer.status() >= 400) {
            return RegisterEntry.unread(registerUrl, Message.of("register.http-error", answer.status()));
        }
        if (!answer.isHtml()) {
            return RegisterEntry.unread(registerUrl, Message.of("register.noStatus"));
        }
        return RegisterEntry.of(PageContent.parse(registerUrl, answer.text()));
    }

    /** The linked entry's path and query on the register's server (the real one, or a test's stand-in). */
    private String requestAddress(String registerUrl) {
        try {
            URI uri = new URI(registerUrl);
            return base + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return registerUrl;
        }
    }
}
