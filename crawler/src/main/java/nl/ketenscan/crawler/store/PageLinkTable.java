package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.PageLinks;

/**
 * How the crawl reached each page ({@link PageLinks}): the aliases that led to a page, and the
 * pages that link to a URL. Kept apart from the page rows because both arrive in any order: an
 * alias may be met before its page is recorded, and links to a URL before it is visited.
 */
final class PageLinkTable {

    private final Connection connection;

    PageLinkTable(Connection connection) {
        this.connection = connection;
    }

    void addAlias(int org, String alias, String pageUrl) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO alias (organisation, url, page_url) VALUES (?, ?, ?)")) {
            insert.setInt(1, org);
            insert.setString(2, alias);
            insert.setString(3, pageUrl);
            insert.executeUpdate();
        }
    }

    /**
     * Records that {@code from} links to each of {@code targets}, for each target only while it has
     * fewer than {@link PageLinks#MAX_LINKED_FROM} linking pages: a template's links would otherwise
     * add a row per page for every link in it.
     */
    void addLinks(int org, String from, List<String> targets) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO referrer (organisation, url, from_url) SELECT ?, ?, ?"
                        + " WHERE (SELECT count(*) FROM referrer WHERE organisation = ? AND url = ?) < ?")) {
            for (String target : targets) {
                if (target.equals(from)) {
                    continue;
                }
                insert.setInt(1, org);
                insert.setString(2, target);
                insert.setString(3, from);
                insert.setInt(4, org);
                insert.setString(5, target);
                insert.setInt(6, PageLinks.MAX_LINKED_FROM);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The links of each of the organisation's pages, keyed by page URL. A page's linking pages are
     * those that link to its URL or to one of its aliases.
     */
    Map<String, PageLinks> read(int org, List<String> pageUrls) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT url, page_url FROM alias WHERE organisation = ? ORDER BY rowid")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    aliases.computeIfAbsent(rows.getString(2), page -> new ArrayList<>()).add(rows.getString(1));
                }
            }
        }
        Map<String, List<String>> referrers = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT url, from_url FROM referrer WHERE organisation = ? ORDER BY rowid")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    referrers.computeIfAbsent(rows.getString(1), url -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        Map<String, PageLinks> links = new LinkedHashMap<>();
        for (String page : pageUrls) {
            List<String> pageAliases = aliases.getOrDefault(page, List.of());
            List<String> linkedFrom = new ArrayList<>();
            for (String address : addresses(page, pageAliases)) {
                for (String from : referrers.getOrDefault(address, List.of())) {
                    if (!linkedFrom.contains(from) && linkedFrom.size() < PageLinks.MAX_LINKED_FROM) {
                        linkedFrom.add(from);
                    }
                }
            }
            if (!pageAliases.isEmpty() || !linkedFrom.isEmpty()) {
                links.put(page, new PageLinks(pageAliases, linkedFrom));
            }
        }
        return links;
    }

    private static List<String> addresses(String page, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(page);
        all.addAll(aliases);
        return all;
    }
}
