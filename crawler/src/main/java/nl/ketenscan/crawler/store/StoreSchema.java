package nl.ketenscan.crawler.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of a scan store and their version. A store written by another version is refused
 * rather than migrated: a half-understood frontier would resume a scan wrongly.
 *
 * <p>Orders that reports rely on are kept by autoincrement ids: frontier rows in insertion order,
 * pages in completion order, findings in the order the checks reported them.
 */
final class StoreSchema {

    static final int VERSION = 2;

    /** What version 2 added to version 1; a version 1 store gets them when it is opened. */
    private static final String[] ADDED_IN_2 = {
        // another address that led to a page already taken on (a redirect source, an index.html form)
        "CREATE TABLE alias (organisation INTEGER NOT NULL REFERENCES organisation(id), url TEXT NOT NULL,"
                + " page_url TEXT NOT NULL, PRIMARY KEY (organisation, url))",
        // a page of the scan linking to a URL of its organisation, the first few per URL
        "CREATE TABLE referrer (organisation INTEGER NOT NULL REFERENCES organisation(id), url TEXT NOT NULL,"
                + " from_url TEXT NOT NULL, PRIMARY KEY (organisation, url, from_url))",
    };

    private static final String[] TABLES = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE organisation (id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL)",
        // seeds, extra hosts and include/exclude patterns, each kind in its own order
        "CREATE TABLE organisation_value (organisation INTEGER NOT NULL REFERENCES organisation(id),"
                + " kind TEXT NOT NULL, position INTEGER NOT NULL, value TEXT NOT NULL,"
                + " flags INTEGER NOT NULL, PRIMARY KEY (organisation, kind, position))",
        "CREATE TABLE frontier (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " organisation INTEGER NOT NULL REFERENCES organisation(id), url TEXT NOT NULL,"
                + " depth INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0, UNIQUE (organisation, url))",
        "CREATE INDEX frontier_pending ON frontier (done, id)",
        "CREATE INDEX frontier_organisation_pending ON frontier (organisation, done, id)",
        "CREATE TABLE page (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " frontier INTEGER NOT NULL UNIQUE REFERENCES frontier(id),"
                + " organisation INTEGER NOT NULL REFERENCES organisation(id), url TEXT, final_url TEXT,"
                + " http_status INTEGER NOT NULL, content_type TEXT, title TEXT, lang TEXT, error TEXT,"
                + " load_millis INTEGER NOT NULL, check_millis INTEGER NOT NULL, completed_at TEXT NOT NULL,"
                // ids of the kinds of content the rendered page holds, space-separated; NULL when not rendered
                + " features TEXT, plain_language TEXT)",
        "CREATE INDEX page_organisation ON page (organisation, id)",
        "CREATE TABLE finding (id INTEGER PRIMARY KEY AUTOINCREMENT, page INTEGER NOT NULL REFERENCES page(id),"
                + " rule TEXT NOT NULL, engine TEXT NOT NULL, outcome TEXT NOT NULL, impact TEXT,"
                + " selector TEXT, snippet TEXT, message TEXT, help_url TEXT)",
        "CREATE INDEX finding_page ON finding (page, id)",
        "CREATE TABLE finding_criterion (finding INTEGER NOT NULL REFERENCES finding(id),"
                + " position INTEGER NOT NULL, criterion TEXT NOT NULL, PRIMARY KEY (finding, position))",
        // what readers must know about how the scan went; organisation NULL for the whole scan
        "CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT, organisation INTEGER REFERENCES organisation(id),"
                + " message TEXT NOT NULL)",
        // what was noted about a page besides findings (PageFacts), one row per fact; see PageFactTable
        "CREATE TABLE page_fact (page INTEGER NOT NULL REFERENCES page(id), kind TEXT NOT NULL,"
                + " position INTEGER NOT NULL, value TEXT NOT NULL, PRIMARY KEY (page, kind, position))",
    };

    private StoreSchema() {
    }

    /** Creates the tables in a new file, or checks that an existing file has this version's tables. */
    static void prepare(Connection connection, Path file) throws SQLException {
        if (!hasMetaTable(connection)) {
            if (hasTables(connection)) {
                throw new IllegalStateException(file + " is an SQLite database of another program, not a ketenscan"
                        + " scan store; choose another --out folder");
            }
            create(connection);
            return;
        }
        requireIntact(connection, file);
        String found = new MetaTable(connection).get(MetaTable.SCHEMA_VERSION)
                .orElseThrow(() -> new IllegalStateException(file + " has no schema version, so it is not a"
                        + " ketenscan scan store: choose another --out folder"));
        if (found.equals("1")) {
            inOneTransaction(connection, ADDED_IN_2);
            return;
        }
        if (!found.equals(Integer.toString(VERSION))) {
            throw new IllegalStateException(file + " was written with scan store version " + found
                    + ", this ketenscan reads version " + VERSION + ": use the ketenscan that wrote it,"
                    + " or choose another --out folder for a new scan");
        }
    }

    /**
     * SQLite reads a damaged page only when a query reaches it; checked once here, a damaged store is
     * refused with its name before a scan or report relies on it, rather than failing halfway.
     */
    private static void requireIntact(Connection connection, Path file) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check(1)")) {
            // SQLite answers on several lines, headed "*** in database main ***": one sentence is printed
            String verdict = rows.next() ? rows.getString(1).replace("*** in database main ***", "").strip()
                    .replaceAll("\\s+", " ") : "no answer";
            if (!"ok".equals(verdict)) {
                throw new IllegalStateException(file + " is damaged (" + verdict + "); a scan cannot be read from it"
                        + " or resumed: start a new scan in another --out folder");
            }
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM sqlite_master")) {
            return rows.next();
        }
    }

    private static boolean hasMetaTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
            return rows.next();
        }
    }

    private static void create(Connection connection) throws SQLException {
        String[] all = new String[TABLES.length + ADDED_IN_2.length];
        System.arraycopy(TABLES, 0, all, 0, TABLES.length);
        System.arraycopy(ADDED_IN_2, 0, all, TABLES.length, ADDED_IN_2.length);
        inOneTransaction(connection, all);
    }

    /** Runs the statements and records this version, all or nothing. */
    private static void inOneTransaction(Connection connection, String[] statements) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            new MetaTable(connection).put(MetaTable.SCHEMA_VERSION, Integer.toString(VERSION));
            new MetaTable(connection).put(MetaTable.FILES_WRITTEN, "");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
