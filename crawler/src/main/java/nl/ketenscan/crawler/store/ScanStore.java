package nl.ketenscan.crawler.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageLinks;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.StopReason;
import nl.ketenscan.rules.statement.RegisterEntry;
import org.sqlite.SQLiteConfig;

/**
 * The memory of one scan: a SQLite file {@code scan.db} in the output folder holding the scan's
 * metadata, its organisations, the frontier, and every page result with its findings.
 *
 * <p>Each page is committed on its own, together with marking its frontier entry done and queueing
 * the links found on it, so a scan killed at any moment resumes exactly where it stopped: a page is
 * either wholly recorded and its links queued, or not recorded and still pending. The file runs in
 * WAL mode; with {@code synchronous=NORMAL} a commit survives the JVM being killed (not a power cut
 * of the machine, which would at most lose the last pages, never corrupt the file).
 *
 * <p>Several crawl workers share one store: all calls go through one connection, one at a time.
 * Organisations are addressed by their index in the list given to {@link #begin}.
 */
public final class ScanStore implements AutoCloseable {

    static final String FILE_NAME = "scan.db";
    /** The organisation index of a note about the whole scan. */
    public static final int WHOLE_SCAN = -1;

    /** One URL to visit for the organisation with index {@code org}, found {@code depth} links from a seed. */
    public record FrontierEntry(int org, String url, int depth) {

        public FrontierEntry {
            Objects.requireNonNull(url, "url");
        }
    }

    /** A pending entry with its place in the queue: entries queued later have a higher id. */
    public record Pending(long id, FrontierEntry entry) {
    }

    /** The folder beside the store that holds the screenshots of findings. */
    public static final String SCREENSHOTS = "screenshots";

    private final Path file;
    private final Connection connection;
    private final MetaTable meta;
    private final OrganisationTable organisationTable;
    private final FrontierTable frontier;
    private final PageTable pages;
    private final NoteTable notes;
    private final PageLinkTable links;
    private final PendingCounts pendingCounts = new PendingCounts();
    private List<Organisation> organisations;

    private ScanStore(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.meta = new MetaTable(connection);
        this.organisationTable = new OrganisationTable(connection);
        this.frontier = new FrontierTable(connection);
        this.pages = new PageTable(connection);
        this.notes = new NoteTable(connection);
        this.links = new PageLinkTable(connection);
        this.organisations = List.copyOf(organisationTable.read());
    }

    /**
     * Opens the store of {@code outputDir}, creating the folder and an empty {@code scan.db} when
     * missing.
     *
     * @throws ScanStoreException when the folder or file cannot be created or read, or scan.db is damaged, of
     *                            another store version or not a ketenscan store
     */
    public static ScanStore open(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new ScanStoreException("cannot create the output folder " + outputDir
                    + ": check the path and its permissions, or choose another --out", e);
        }
        Connection connection = null;
        try {
            connection = connect(file);
            StoreSchema.prepare(connection, file);
            return new ScanStore(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new ScanStoreException("cannot open the scan store " + file + " (" + e.getMessage()
                    + "): if it is not a ketenscan scan.db, choose another --out folder", e);
        } catch (IllegalStateException notOurs) {
            closeQuietly(connection, notOurs);
            throw new ScanStoreException(notOurs.getMessage(), notOurs);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** True when a scan was started in this store, i.e. there is something to resume or report. */
    public synchronized boolean hasScan() {
        return read(() -> meta.get(MetaTable.SCAN_ID).isPresent());
    }

    /**
     * Records a new scan with the organisations it covers. Their full scope is stored, so a resumed
     * scan crawls exactly what it started with.
     *
     * @throws IllegalStateException when this folder already holds a scan
     */
    public synchronized void begin(String scanId, Instant startedAt, String toolVersion, String axeVersion,
                                   List<Organisation> organisations) {
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(axeVersion, "axeVersion");
        List<Organisation> copy = List.copyOf(organisations);
        if (hasScan()) {
            throw new IllegalStateException(
                    "this folder already holds a scan; use --resume to continue it or choose another --out");
        }
        write(() -> {
            meta.put(MetaTable.SCAN_ID, scanId);
            meta.put(MetaTable.STARTED_AT, startedAt.toString());
            meta.put(MetaTable.TOOL_VERSION, toolVersion);
            meta.put(MetaTable.AXE_VERSION, axeVersion);
            organisationTable.insert(copy);
            return null;
        });
        this.organisations = copy;
    }

    /**
     * Keeps what the scan was started with beyond its organisations (limits, mode), so a resumed scan
     * goes on as it started. Keys and values are the caller's; a key given again replaces its value.
     */
    public synchronized void recordSettings(Map<String, String> settings) {
        requireScan();
        write(() -> {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                meta.put(MetaTable.SETTING_PREFIX + setting.getKey(), setting.getValue());
            }
            return null;
        });
    }

    /** The settings recorded with {@link #recordSettings}; empty for a scan that recorded none. */
    public synchronized Map<String, String> settings() {
        requireScan();
        return read(() -> meta.withPrefix(MetaTable.SETTING_PREFIX));
    }

    /**
     * The files ketenscan wrote into the scan folder beside the store (paths relative to it, with
     * {@code /}): the only files a later run may replace.
     *
     * @return empty for a store written before ketenscan kept this list
     */
    public synchronized Optional<Set<String>> filesWritten() {
        return read(() -> meta.get(MetaTable.FILES_WRITTEN)
                .map(names -> names.lines().filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new))));
    }

    /** Adds {@code names} to the {@link #filesWritten} list. */
    public synchronized void recordFilesWritten(Collection<String> names) {
        Set<String> all = new TreeSet<>(filesWritten().orElse(Set.of()));
        all.addAll(names);
        write(() -> {
            meta.put(MetaTable.FILES_WRITTEN, String.join("\n", all));
            return null;
        });
    }

    /**
     * Writes a screenshot into the {@value #SCREENSHOTS} folder beside the store (written whole, then moved
     * into place) and adds it to the {@link #filesWritten} list, so a resumed scan knows it and a later run
     * may replace it.
     *
     * @param name a plain file name, e.g. {@code 3f2a….png}
     * @return its path relative to the scan folder, with {@code /}
     */
    public synchronized String saveScreenshot(String name, byte[] png) {
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        Path folder = file.getParent().resolve(SCREENSHOTS);
        try {
            Files.createDirectories(folder);
            // a hidden name of its own, not a temporary file: that would keep its owner-only permissions
            Path partial = folder.resolve("." + name + ".part");
            Files.write(partial, png);
            Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ScanStoreException("cannot write the screenshot " + folder.resolve(name) + ": " + e.getMessage(), e);
        }
        String relative = SCREENSHOTS + "/" + name;
        recordFilesWritten(List.of(relative));
        return relative;
    }

    /** The organisations of the scan, in the order given to {@link #begin}; their index is their id. */
    public synchronized List<Organisation> organisations() {
        requireScan();
        return organisations;
    }

    public synchronized String scanId() {
        return requiredMeta(MetaTable.SCAN_ID);
    }

    public synchronized Instant startedAt() {
        return Instant.parse(requiredMeta(MetaTable.STARTED_AT));
    }

    /** Queues a URL for an organisation unless it is known already. Returns true when it is new. */
    public synchronized boolean enqueue(int org, String url, int depth) {
        FrontierEntry entry = new FrontierEntry(org, url, depth);
        requireOrganisation(org);
        boolean added = read(() -> frontier.add(entry));
        if (added) {
            pendingCounts.change(org, 1);
        }
        return added;
    }

    /** Queues entries in one transaction, each unless it is known already. */
    public synchronized void enqueueAll(List<FrontierEntry> entries) {
        entries.forEach(entry -> requireOrganisation(entry.org()));
        pendingCounts.added(write(() -> frontier.addAll(entries)));
    }

    /**
     * The organisation's entries whose page is not recorded yet and that were queued after the one
     * with id {@code afterId}, at most {@code limit}, in the order they were queued: the crawl reads
     * its queue from here a window at a time, so memory does not grow with the site.
     */
    public synchronized List<Pending> pendingAfter(int org, long afterId, int limit) {
        requireOrganisation(org);
        return read(() -> frontier.pendingAfter(org, afterId, limit));
    }

    /** The entries whose page is not recorded yet, in the order they were queued: what a resume visits. */
    public synchronized List<FrontierEntry> pending() {
        return read(frontier::pending);
    }

    /** Like {@link #complete(FrontierEntry, PageResult, List, List)}, for a page that links to no page of the scan. */
    public synchronized void complete(FrontierEntry entry, PageResult page, List<FrontierEntry> discovered) {
        complete(entry, page, discovered, List.of());
    }

    /**
     * Records the page of {@code entry} with its findings, marks the entry done, queues the entries
     * discovered on the page (those already known are left as they are) and notes which URLs of the
     * organisation it links to, all in one transaction. Completing an entry that is already done
     * changes nothing, so a page retried after a crash never duplicates its findings. An entry that
     * was never queued is recorded as well. When the entry led elsewhere (a redirect), the page's
     * URL counts as visited, so links to it are not queued again, and the entry's URL is an alias of
     * the page.
     *
     * @param linksTo URLs in the organisation's scope the page links to, for {@link PageLinks#linkedFrom()}
     */
    public synchronized void complete(FrontierEntry entry, PageResult page, List<FrontierEntry> discovered,
                                      List<String> linksTo) {
        Objects.requireNonNull(page, "page");
        requireOrganisation(entry.org());
        discovered.forEach(d -> requireOrganisation(d.org()));
        Instant completedAt = Instant.now();
        List<FrontierEntry> queued = new ArrayList<>();
        int noLongerPending = write(() -> {
            if (frontier.add(entry)) {
                queued.add(entry);
            }
            OptionalLong frontierId = frontier.markDone(entry);
            if (frontierId.isEmpty()) {
                return 0;
            }
            pages.insert(frontierId.getAsLong(), entry.org(), page, completedAt);
            int visited = 1;
            if (!page.url().equals(entry.url())) {
                links.addAlias(entry.org(), entry.url(), page.url());
            }
            for (String reached : new LinkedHashSet<>(Arrays.asList(page.url(), page.finalUrl()))) {
                if (reached != null && !reached.equals(entry.url())) {
                    visited += frontier.markVisited(new FrontierEntry(entry.org(), reached, entry.depth()));
                }
            }
            queued.addAll(frontier.addAll(discovered));
            links.addLinks(entry.org(), page.url(), linksTo);
            return visited;
        });
        pendingCounts.added(queued);
        pendingCounts.change(entry.org(), -noLongerPending);
    }

    /**
     * Marks {@code entry} done as another address of the page at {@code pageUrl}, which the scan took
     * on already: the entry gets no page of its own and the page lists it among its aliases.
     */
    public synchronized void completeAlias(FrontierEntry entry, String pageUrl) {
        Objects.requireNonNull(pageUrl, "pageUrl");
        requireOrganisation(entry.org());
        int noLongerPending = write(() -> {
            // a page whose own URL was queued too reaches it once more, as the alias of itself
            if (!entry.url().equals(pageUrl)) {
                links.addAlias(entry.org(), entry.url(), pageUrl);
            }
            return frontier.markVisited(entry);
        });
        pendingCounts.change(entry.org(), -noLongerPending);
    }

    /** Records that the page at {@code from} links to {@code targets}, e.g. when merging scans. */
    public synchronized void linked(int org, String from, List<String> targets) {
        requireOrganisation(org);
        write(() -> {
            links.addLinks(org, from, targets);
            return null;
        });
    }

    /** The URLs of the organisation's recorded pages, in the order they were completed. */
    public synchronized List<String> pageUrls(int org) {
        requireOrganisation(org);
        return read(() -> pages.urls(org));
    }

    /**
     * Hands every URL the organisation ever queued, done or not, to {@code action} in the order they
     * were queued, reading them as a stream: a resumed scan replays them into its crawl state.
     */
    public synchronized void forEachQueued(int org, Consumer<FrontierEntry> action) {
        requireOrganisation(org);
        read(() -> {
            frontier.forEach(org, action);
            return null;
        });
    }

    /** How many pages of the organisation are recorded. */
    public synchronized int pagesDone(int org) {
        return read(() -> pages.count(org));
    }

    /** How many of the organisation's queued URLs still wait for their page. */
    public synchronized int queued(int org) {
        return pendingCounts.get(org, () -> read(() -> frontier.count(org, true)));
    }

    /** How many URLs of the organisation were ever queued, done or not. */
    public synchronized int known(int org) {
        return read(() -> frontier.count(org, false));
    }

    /**
     * Records something readers of the report must know about how the scan went; the same note
     * twice is kept once.
     *
     * @param org the organisation it concerns, or {@link #WHOLE_SCAN}
     */
    public synchronized void note(int org, Message message) {
        Objects.requireNonNull(message, "message");
        if (org != WHOLE_SCAN) {
            requireOrganisation(org);
        }
        write(() -> {
            notes.add(org, message);
            return null;
        });
    }

    /**
     * Marks the scan finished.
     *
     * @param stopReasons why each organisation that stopped early did so, by organisation index; the
     *                    scan is complete when there are none
     */
    public synchronized void finish(Instant finishedAt, Map<Integer, StopReason> stopReasons) {
        Objects.requireNonNull(finishedAt, "finishedAt");
        requireScan();
        stopReasons.keySet().forEach(this::requireOrganisation);
        write(() -> {
            meta.put(MetaTable.FINISHED_AT, finishedAt.toString());
            meta.put(MetaTable.COMPLETE, Boolean.toString(stopReasons.isEmpty()));
            for (Map.Entry<Integer, StopReason> stopped : stopReasons.entrySet()) {
                meta.put(MetaTable.stopReason(stopped.getKey()), stopped.getValue().id());
            }
            return null;
        });
    }

    /** Records the browser that checks the pages, by name and version, for the research report. */
    public synchronized void recordBrowser(String browserVersion) {
        requireScan();
        write(() -> {
            meta.put(MetaTable.BROWSER_VERSION, browserVersion);
            return null;
        });
    }

    /** Records what the register showed for the organisation's statement, replacing what an earlier run read. */
    public synchronized void recordRegister(int org, RegisterEntry entry) {
        Objects.requireNonNull(entry, "entry");
        requireScan();
        requireOrganisation(org);
        write(() -> {
            meta.put(MetaTable.register(org), RegisterRow.write(entry));
            return null;
        });
    }

    /** Clears the finished marker before a resumed scan goes on: it is incomplete until finished again. */
    public synchronized void reopen() {
        requireScan();
        write(() -> {
            meta.remove(MetaTable.FINISHED_AT);
            meta.remove(MetaTable.COMPLETE);
            for (int org = 0; org < organisations.size(); org++) {
                meta.remove(MetaTable.stopReason(org));
            }
            return null;
        });
    }

    /**
     * Everything recorded, per organisation the pages in the order they were completed. A scan that
     * was not finished (killed, or still running) reads as incomplete, ending at its last recorded
     * page, or at its start when it has none.
     */
    public synchronized ScanResults results() {
        requireScan();
        return read(() -> {
            Optional<Instant> finished = meta.get(MetaTable.FINISHED_AT).map(Instant::parse);
            List<OrganisationResults> perOrganisation = new ArrayList<>();
            for (int index = 0; index < organisations.size(); index++) {
                List<PageResult> orgPages = pages.read(index);
                perOrganisation.add(new OrganisationResults(organisations.get(index), orgPages,
                        links.read(index, orgPages.stream().map(PageResult::url).toList()),
                        stopReason(index, finished.isPresent()),
                        meta.get(MetaTable.register(index)).map(RegisterRow::read).orElse(null)));
            }
            Instant startedAt = Instant.parse(meta.get(MetaTable.STARTED_AT).orElseThrow());
            Instant finishedAt = finished.isPresent() ? finished.get() : pages.lastCompletedAt().orElse(startedAt);
            boolean complete = meta.get(MetaTable.COMPLETE).map(Boolean::parseBoolean).orElse(false);
            return new ScanResults(meta.get(MetaTable.TOOL_VERSION).orElseThrow(),
                    meta.get(MetaTable.AXE_VERSION).orElseThrow(), meta.get(MetaTable.SCAN_ID).orElseThrow(),
                    startedAt, finishedAt, complete, perOrganisation, notes.read(org -> organisations.get(org).name()),
                    meta.get(MetaTable.BROWSER_VERSION).orElse(null));
        });
    }

    /** A scan that did not finish stopped where it was: interrupted for every organisation with work left. */
    private StopReason stopReason(int org, boolean finished) throws SQLException {
        if (finished) {
            return meta.get(MetaTable.stopReason(org)).map(StopReason::ofId).orElse(null);
        }
        return frontier.count(org, true) > 0 ? StopReason.INTERRUPTED : null;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void requireScan() {
        if (!hasScan()) {
            throw new IllegalStateException("no scan has been started in " + file.getParent()
                    + ": start a scan there first (without --resume)");
        }
    }

    private void requireOrganisation(int org) {
        if (org < 0 || org >= organisations.size()) {
            throw new IllegalArgumentException("no organisation with index " + org + " in this scan, which has "
                    + organisations.size() + " organisations");
        }
    }

    private String requiredMeta(String key) {
        requireScan();
        return read(() -> meta.get(key).orElseThrow());
    }

    private <T> T read(StoreWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T write(StoreWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private ScanStoreException failure(SQLException e) {
        return new ScanStoreException("the scan store " + file + " failed (" + e.getMessage()
                + "): check free disk space and that no other program changes this file", e);
    }

    /** A step against the database; lets the store turn every SQLException into one message. */
    @FunctionalInterface
    private interface StoreWork<T> {
        T run() throws SQLException;
    }
}
