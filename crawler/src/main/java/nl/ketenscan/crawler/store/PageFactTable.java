package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ketenscan.rules.BrowserChecks;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.statement.StatementEvidence;
import nl.ketenscan.rules.statement.StatementLink;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * The facts noted about each page ({@link PageFacts}) as rows of kind, position and value, like the
 * organisations' values: one row per fact, several facts of one kind in their order, and a fact
 * with parts (a link's address and text) as kinds sharing a position. A page without facts has no
 * rows, so nothing is stored for pages that failed.
 */
final class PageFactTable {

    private static final String STATEMENT_LINK_URL = "statement-link-url";
    private static final String STATEMENT_LINK_TEXT = "statement-link-text";
    private static final String REGISTER_LINK = "register-link";
    private static final String STATEMENT_PAGE = "statement-page";
    private static final String STATUS_IN_TEXT = "status-in-text";
    private static final String STATUS_IN_LABEL = "status-in-label";
    private static final String SKELETON = "skeleton";
    private static final String THIRD_PARTY_KIND = "third-party-kind";
    private static final String THIRD_PARTY_URL = "third-party-url";
    private static final String THIRD_PARTY_FINDINGS = "third-party-findings";
    private static final String DOCUMENT_CREATED = "document-created";
    private static final String BROWSER_CHECK = "browser-check";
    private static final String BROWSER_CHECK_NOTE = "browser-check-note";

    private final Connection connection;

    PageFactTable(Connection connection) {
        this.connection = connection;
    }

    void insert(long pageId, PageFacts facts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO page_fact (page, kind, position, value) VALUES (?, ?, ?, ?)")) {
            Rows rows = new Rows(insert, pageId);
            StatementEvidence statement = facts.statement();
            for (int i = 0; i < statement.links().size(); i++) {
                rows.add(STATEMENT_LINK_URL, i, statement.links().get(i).url());
                rows.add(STATEMENT_LINK_TEXT, i, statement.links().get(i).text());
            }
            for (int i = 0; i < statement.registerLinks().size(); i++) {
                rows.add(REGISTER_LINK, i, statement.registerLinks().get(i));
            }
            if (statement.statementPage()) {
                rows.add(STATEMENT_PAGE, 0, "true");
            }
            if (statement.statusInText() != null) {
                rows.add(STATUS_IN_TEXT, 0, statement.statusInText().name());
            }
            if (statement.statusInLabel() != null) {
                rows.add(STATUS_IN_LABEL, 0, statement.statusInLabel().name());
            }
            if (facts.skeleton() != null) {
                rows.add(SKELETON, 0, facts.skeleton());
            }
            for (int i = 0; i < facts.thirdParty().size(); i++) {
                ThirdPartyEmbed embed = facts.thirdParty().get(i);
                rows.add(THIRD_PARTY_KIND, i, embed.kind());
                rows.add(THIRD_PARTY_URL, i, embed.url());
                rows.add(THIRD_PARTY_FINDINGS, i, Integer.toString(embed.findingsNotCounted()));
            }
            if (facts.documentCreated() != null) {
                rows.add(DOCUMENT_CREATED, 0, facts.documentCreated().toString());
            }
            BrowserChecks checks = facts.browserChecks();
            for (int i = 0; i < checks.ran().size(); i++) {
                rows.add(BROWSER_CHECK, i, checks.ran().get(i));
            }
            for (int i = 0; i < checks.notes().size(); i++) {
                rows.add(BROWSER_CHECK_NOTE, i, checks.notes().get(i));
            }
            insert.executeBatch();
        }
    }

    /** The facts of every page of the organisation that has any, by page id. */
    Map<Long, PageFacts> read(int org) throws SQLException {
        Map<Long, Map<String, TreeMap<Integer, String>>> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT f.page, f.kind, f.position, f.value FROM page_fact f JOIN page p ON p.id = f.page"
                        + " WHERE p.organisation = ?")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.computeIfAbsent(rows.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rows.getString(2), k -> new TreeMap<>())
                            .put(rows.getInt(3), rows.getString(4));
                }
            }
        }
        Map<Long, PageFacts> facts = new HashMap<>();
        values.forEach((page, kinds) -> facts.put(page, facts(new Kinds(kinds))));
        return facts;
    }

    private static PageFacts facts(Kinds kinds) {
        List<StatementLink> links = new ArrayList<>();
        kinds.all(STATEMENT_LINK_URL).forEach((position, url) ->
                links.add(new StatementLink(url, kinds.at(STATEMENT_LINK_TEXT, position))));
        StatementEvidence statement = new StatementEvidence(links, List.copyOf(kinds.all(REGISTER_LINK).values()),
                kinds.first(STATEMENT_PAGE) != null, status(kinds.first(STATUS_IN_TEXT)),
                status(kinds.first(STATUS_IN_LABEL)));
        List<ThirdPartyEmbed> embeds = new ArrayList<>();
        kinds.all(THIRD_PARTY_URL).forEach((position, url) -> embeds.add(new ThirdPartyEmbed(
                kinds.at(THIRD_PARTY_KIND, position), url,
                Integer.parseInt(kinds.at(THIRD_PARTY_FINDINGS, position)))));
        String created = kinds.first(DOCUMENT_CREATED);
        return new PageFacts(statement, kinds.first(SKELETON), embeds,
                created == null ? null : LocalDate.parse(created),
                new BrowserChecks(List.copyOf(kinds.all(BROWSER_CHECK).values()),
                        List.copyOf(kinds.all(BROWSER_CHECK_NOTE).values())));
    }

    private static StatementStatus status(String letter) {
        return letter == null ? null : StatementStatus.fromLetter(letter).orElseThrow(() -> new IllegalStateException(
                "the scan store holds an unknown statement status '" + letter + "'"));
    }

    /** Adds rows of one page to the batch. */
    private record Rows(PreparedStatement insert, long pageId) {
        void add(String kind, int position, String value) throws SQLException {
            insert.setLong(1, pageId);
            insert.setString(2, kind);
            insert.setInt(3, position);
            insert.setString(4, value);
            insert.addBatch();
        }
    }

    /** The values of one page by kind and position. */
    private record Kinds(Map<String, TreeMap<Integer, String>> values) {
        Map<Integer, String> all(String kind) {
            return values.getOrDefault(kind, new TreeMap<>());
        }

        String first(String kind) {
            TreeMap<Integer, String> byPosition = values.get(kind);
            return byPosition == null ? null : byPosition.firstEntry().getValue();
        }

        String at(String kind, int position) {
            String value = all(kind).get(position);
            if (value == null) {
                throw new IllegalStateException("the scan store lacks the " + kind + " at position " + position
                        + " of a page; the file was changed by something other than ketenscan");
            }
            return value;
        }
    }
}
