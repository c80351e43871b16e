package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageFeature;
import nl.ketenscan.rules.PageResult;

/**
 * Page results with their findings, the findings' criteria and the page's facts, read back in the
 * order they were written.
 */
final class PageTable {

    private final Connection connection;
    private final PageFactTable facts;

    PageTable(Connection connection) {
        this.connection = connection;
        this.facts = new PageFactTable(connection);
    }

    void insert(long frontierId, int org, PageResult page, Instant completedAt) throws SQLException {
        long pageId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO page (frontier, organisation, url, final_url, http_status, content_type, title, lang,"
                        + " error, load_millis, check_millis, completed_at, features, plain_language)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, frontierId);
            insert.setInt(2, org);
            insert.setString(3, page.url());
            insert.setString(4, page.finalUrl());
            insert.setInt(5, page.httpStatus());
            insert.setString(6, page.contentType());
            insert.setString(7, page.title());
            insert.setString(8, page.lang());
            insert.setString(9, MessageColumn.write(page.error()));
            insert.setLong(10, page.loadMillis());
            insert.setLong(11, page.checkMillis());
            insert.setString(12, completedAt.toString());
            insert.setString(13, featureIds(page.features()));
            insert.setString(14, PlainLanguageColumn.write(page.plainLanguage()));
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                pageId = rows.getLong(1);
            }
        }
        insertFindings(pageId, page.findings());
        facts.insert(pageId, page.facts());
    }

    private void insertFindings(long pageId, List<Finding> findings) throws SQLException {
        try (PreparedStatement finding = connection.prepareStatement(
                     "INSERT INTO finding (page, rule, engine, outcome, impact, selector, snippet, message, help_url)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement criterion = connection.prepareStatement(
                     "INSERT INTO finding_criterion (finding, position, criterion) VALUES (?, ?, ?)")) {
            for (Finding f : findings) {
                finding.setLong(1, pageId);
                finding.setString(2, f.rule());
                finding.setString(3, f.engine().id());
                finding.setString(4, f.outcome().id());
                if (f.impact() == null) {
                    finding.setNull(5, Types.VARCHAR);
                } else {
                    finding.setString(5, f.impact().id());
                }
                finding.setString(6, f.selector());
                finding.setString(7, f.snippet());
                finding.setString(8, MessageColumn.write(f.message()));
                finding.setString(9, f.helpUrl());
                long findingId;
                try (ResultSet rows = finding.executeQuery()) {
                    rows.next();
                    findingId = rows.getLong(1);
                }
                for (int position = 0; position < f.criteria().size(); position++) {
                    criterion.setLong(1, findingId);
                    criterion.setInt(2, position);
                    criterion.setString(3, f.criteria().get(position));
                    criterion.addBatch();
                }
            }
            criterion.executeBatch();
        }
    }

    List<PageResult> read(int org) throws SQLException {
        Map<Long, List<String>> criteria = readCriteria(org);
        Map<Long, List<Finding>> findings = readFindings(org, criteria);
        Map<Long, PageFacts> pageFacts = facts.read(org);
        List<PageResult> pages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, url, final_url, http_status, content_type, title, lang, error, load_millis, check_millis,"
                        + " features, plain_language FROM page WHERE organisation = ? ORDER BY id")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pages.add(new PageResult(rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), MessageColumn.read(rows.getString(8)),
                            findings.getOrDefault(rows.getLong(1), List.of()),
                            PlainLanguageColumn.read(rows.getString(12)), rows.getLong(9), rows.getLong(10),
                            features(rows.getString(11)), pageFacts.getOrDefault(rows.getLong(1), PageFacts.NONE)));
                }
            }
        }
        return pages;
    }

    private static String featureIds(Set<PageFeature> features) {
        return features == null ? null : features.stream().map(PageFeature::id).collect(Collectors.joining(" "));
    }

    private static Set<PageFeature> features(String ids) {
        if (ids == null) {
            return null;
        }
        return ids.isEmpty() ? Set.of()
                : Arrays.stream(ids.split(" ")).map(PageFeature::fromId).collect(Collectors.toSet());
    }

    /** The URLs of the organisation's recorded pages, in the order they were completed. */
    List<String> urls(int org) throws SQLException {
        List<String> urls = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT url FROM page WHERE organisation = ? ORDER BY id")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    urls.add(rows.getString(1));
                }
            }
        }
        return urls;
    }

    int count(int org) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM page WHERE organisation = ?")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** When the most recently recorded page was completed, the best end time of an unfinished scan. */
    Optional<Instant> lastCompletedAt() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT completed_at FROM page ORDER BY id DESC LIMIT 1")) {
            return rows.next() ? Optional.of(Instant.parse(rows.getString(1))) : Optional.empty();
        }
    }

    private Map<Long, List<Finding>> readFindings(int org, Map<Long, List<String>> criteria) throws SQLException {
        Map<Long, List<Finding>> findings = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT f.page, f.id, f.rule, f.engine, f.outcome, f.impact, f.selector, f.snippet, f.message, f.help_url"
                        + " FROM finding f JOIN page p ON p.id = f.page WHERE p.organisation = ? ORDER BY f.id")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String impact = rows.getString(6);
                    Finding finding = new Finding(rows.getString(3), Engine.fromId(rows.getString(4)),
                            Outcome.fromId(rows.getString(5)), criteria.getOrDefault(rows.getLong(2), List.of()),
                            impact == null ? null : Impact.fromId(impact).orElseThrow(),
                            rows.getString(7), rows.getString(8), MessageColumn.read(rows.getString(9)), rows.getString(10));
                    findings.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(finding);
                }
            }
        }
        return findings;
    }

    private Map<Long, List<String>> readCriteria(int org) throws SQLException {
        Map<Long, List<String>> criteria = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.finding, c.criterion FROM finding_criterion c JOIN finding f ON f.id = c.finding"
                        + " JOIN page p ON p.id = f.page WHERE p.organisation = ? ORDER BY c.finding, c.position")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    criteria.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return criteria;
    }
}
