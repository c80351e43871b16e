package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;

/**
 * Every URL the scan decided to visit, once per organisation, and whether its page is recorded.
 * The unique (organisation, url) key is what makes enqueueing idempotent.
 */
final class FrontierTable {

    private static final String INSERT = "INSERT OR IGNORE INTO frontier (organisation, url, depth) VALUES (?, ?, ?)";

    private final Connection connection;

    FrontierTable(Connection connection) {
        this.connection = connection;
    }

    boolean add(FrontierEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, entry);
            return insert.executeUpdate() == 1;
        }
    }

    /** Adds the entries not known yet and returns those. */
    List<FrontierEntry> addAll(List<FrontierEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (FrontierEntry entry : entries) {
                bind(insert, entry);
                insert.addBatch();
            }
            int[] inserted = insert.executeBatch();
            List<FrontierEntry> added = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] == 1) {
                    added.add(entries.get(i));
                }
            }
            return added;
        }
    }

    /** Marks the entry done and returns its row id, or empty when it was done already. */
    OptionalLong markDone(FrontierEntry entry) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE frontier SET done = 1 WHERE organisation = ? AND url = ? AND done = 0 RETURNING id")) {
            update.setInt(1, entry.org());
            update.setString(2, entry.url());
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    List<FrontierEntry> pending() throws SQLException {
        List<FrontierEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT organisation, url, depth FROM frontier WHERE done = 0 ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new FrontierEntry(rows.getInt(1), rows.getString(2), rows.getInt(3)));
            }
        }
        return entries;
    }

    /** Pending entries of one organisation queued after {@code afterId}, oldest first, with their row ids. */
    List<ScanStore.Pending> pendingAfter(int org, long afterId, int limit) throws SQLException {
        List<ScanStore.Pending> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, url, depth FROM frontier WHERE organisation = ? AND done = 0 AND id > ? ORDER BY id LIMIT ?")) {
            select.setInt(1, org);
            select.setLong(2, afterId);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new ScanStore.Pending(rows.getLong(1), new FrontierEntry(org, rows.getString(2), rows.getInt(3))));
                }
            }
        }
        return entries;
    }

    /** Hands every entry of the organisation, done or not, to {@code action} in the order they were queued. */
    void forEach(int org, Consumer<FrontierEntry> action) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT url, depth FROM frontier WHERE organisation = ? ORDER BY id")) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    action.accept(new FrontierEntry(org, rows.getString(1), rows.getInt(2)));
                }
            }
        }
    }

    /**
     * Records a URL as visited without a page of its own (where a redirect ended, an alias): queued
     * as done when new, marked done when pending.
     *
     * @return 1 when the URL was pending, 0 otherwise: how many fewer entries are pending
     */
    int markVisited(FrontierEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO frontier (organisation, url, depth, done) VALUES (?, ?, ?, 1)")) {
            bind(insert, entry);
            if (insert.executeUpdate() == 1) {
                return 0;
            }
        }
        return markDone(entry).isPresent() ? 1 : 0;
    }

    int count(int org, boolean onlyPending) throws SQLException {
        String sql = "SELECT count(*) FROM frontier WHERE organisation = ?" + (onlyPending ? " AND done = 0" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, org);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement insert, FrontierEntry entry) throws SQLException {
        insert.setInt(1, entry.org());
        insert.setString(2, entry.url());
        insert.setInt(3, entry.depth());
    }
}
