package nl.ketenscan.crawler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Key-value facts about the store and its scan: schema version, scan id, versions, start and end. */
final class MetaTable {

    static final String SCHEMA_VERSION = "schema_version";
    static final String SCAN_ID = "scan_id";
    static final String STARTED_AT = "started_at";
    static final String TOOL_VERSION = "tool_version";
    static final String AXE_VERSION = "axe_version";
    static final String FINISHED_AT = "finished_at";
    static final String COMPLETE = "complete";
    /** The browser that checked the pages, by name and version; absent in static mode and in older stores. */
    static final String BROWSER_VERSION = "browser_version";
    /** The files ketenscan wrote beside the store, one name a line; absent in a store written before it kept them. */
    static final String FILES_WRITTEN = "files_written";
    /** Keys of the settings a scan was started with start with this; see {@link ScanStore#settings()}. */
    static final String SETTING_PREFIX = "setting.";

    /** Why the organisation with this index stopped early; absent when it did not. */
    static String stopReason(int org) {
        return "stop_reason." + org;
    }

    /**
     * The register entry of the organisation with this index, as lines: its address, the status letter,
     * the date, the research dates (space-separated) and, when it could not be read, why (a
     * {@link MessageColumn}); absent when the register was not asked.
     */
    static String register(int org) {
        return "register." + org;
    }

    private final Connection connection;

    MetaTable(Connection connection) {
        this.connection = connection;
    }

    Optional<String> get(String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    void put(String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    /** The facts whose key starts with {@code prefix}, keyed by the rest of their key. */
    Map<String, String> withPrefix(String prefix) throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?")) {
            select.setInt(1, prefix.length());
            select.setString(2, prefix);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1).substring(prefix.length()), rows.getString(2));
                }
            }
        }
        return found;
    }

    void remove(String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM meta WHERE key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
    }
}
