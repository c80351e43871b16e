package nl.ketenscan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.ketenscan.crawler.store.ScanStore;

/**
 * A folder ketenscan writes a scan and its reports into, held by this process alone ({@link FolderLock}).
 *
 * <p>A user's folder is never someone else's folder: ketenscan writes only into a new or empty folder or
 * one whose store says it holds a ketenscan scan; it replaces only files it wrote itself (the store keeps
 * their names), never the store, and never writes through a symbolic link, which could lead out of the
 * folder. Outputs are written into a fresh folder inside first and moved into place once every one of
 * them is allowed, so a refused run changes nothing, and a reader never sees half a report.
 */
final class OutputFolder implements AutoCloseable {

    /** The store's own files and the lock: ketenscan's, never an output. */
    private static final Set<String> STORE_FILES = Set.of("scan.db", "scan.db-wal", "scan.db-shm", FolderLock.FILE_NAME);
    private static final String STAGING_PREFIX = ".ketenscan-writing-";

    private final Path path;
    private final FolderLock lock;
    /** What earlier runs wrote here: empty for a store older than the list; kept when the demo starts afresh. */
    private Optional<Set<String>> written;
    private ScanStore store;

    private OutputFolder(Path path, FolderLock lock, Optional<Set<String>> written, ScanStore store) {
        this.path = path;
        this.lock = lock;
        this.written = written;
        this.store = store;
    }

    /**
     * Takes {@code folder} for this process, creating it when missing.
     *
     * @throws UserError with exit code 2 when it is a file, holds something other than a ketenscan scan, holds
     *                   a damaged store, or another process writes there
     */
    static OutputFolder claim(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError(ExitCode.USAGE, folder + " is a file, not a folder: give a new or empty folder, or"
                    + " the folder of an earlier scan");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, "cannot create the folder " + folder + " (" + e.getMessage()
                    + "); check the path and its permissions, or choose another");
        }
        FolderLock lock = FolderLock.take(folder);
        try {
            List<String> others = othersThanStore(folder);
            ScanStore store = Files.exists(folder.resolve("scan.db")) ? ScanFolder.open(folder) : null;
            if (!others.isEmpty() && (store == null || !store.hasScan())) {
                closeQuietly(store);
                throw new UserError(ExitCode.USAGE, folder + " holds files of its own (" + String.join(", ", others)
                        + ") and no ketenscan scan: ketenscan writes only into a new or empty folder or one of its"
                        + " own scans; choose another folder");
            }
            return new OutputFolder(folder, lock, store == null ? Optional.of(Set.of()) : store.filesWritten(), store);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** Whether the folder holds no store yet: a scan begun here is new, and no earlier one can refuse it. */
    boolean hasNoStore() {
        return store == null;
    }

    /** The folder's scan store, created when there is none yet; closed with this folder. */
    ScanStore store() {
        if (store == null) {
            store = ScanFolder.open(path);
        }
        return store;
    }

    /**
     * Deletes the store, for a run that starts a new scan in place of the previous one (the demo); what
     * the previous runs wrote may still be replaced.
     */
    void forgetScan() {
        if (store != null) {
            written = store.filesWritten();
            store.close();
            store = null;
        }
        try {
            for (String file : List.of("scan.db", "scan.db-wal", "scan.db-shm")) {
                Files.deleteIfExists(path.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the previous scan in " + path, e);
        }
    }

    /**
     * Has {@code write} write its files into an empty folder, then moves them into this folder, once none
     * of them would replace a file ketenscan did not write, the store, or a link.
     *
     * @throws UserError with exit code 2 naming the first file that may not be replaced; nothing is moved then
     */
    void publish(Consumer<Path> write) {
        ScanStore scanStore = store();
        if (written.isEmpty()) {
            // the folder's store predates the list: its files were ketenscan's as far as anyone can tell
            publish(path, write, Optional.empty(), scanStore::recordFilesWritten);
            return;
        }
        Set<String> ours = new TreeSet<>(scanStore.filesWritten().orElse(Set.of()));
        ours.addAll(written.get());
        publish(path, write, Optional.of(ours), scanStore::recordFilesWritten);
    }

    /**
     * Has {@code write} write a file (and what goes beside it) for a folder that need not be a scan folder:
     * there only new files are written, in a scan folder also those ketenscan wrote before.
     *
     * @param file where {@code write} is asked to write, in its empty folder, under this name
     */
    static void publishFile(Path file, Consumer<Path> write) {
        Path parent = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        if (Files.isRegularFile(parent.resolve("scan.db"), LinkOption.NOFOLLOW_LINKS)) {
            try (OutputFolder folder = claim(parent)) {
                folder.publish(staging -> write.accept(staging.resolve(name)));
            }
            return;
        }
        if (!Files.isDirectory(parent)) {
            throw new UserError(ExitCode.USAGE, "the folder " + parent + " of " + file + " does not exist; create it"
                    + " or give another file");
        }
        publish(parent, staging -> write.accept(staging.resolve(name)), Optional.of(Set.of()), names -> { });
    }

    private static void publish(Path folder, Consumer<Path> write, Optional<Set<String>> ours,
                                Consumer<List<String>> record) {
        Path staging = createStaging(folder);
        try {
            write.accept(staging);
            List<String> names = staged(staging);
            for (String name : names) {
                refuseToReplace(folder, name, ours);
            }
            record.accept(names);
            for (String name : names) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the reports into " + folder + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    private static void refuseToReplace(Path folder, String name, Optional<Set<String>> ours) {
        Path target = folder.resolve(name);
        Path part = folder;
        for (Path element : Path.of(name)) {
            part = part.resolve(element);
            if (Files.isSymbolicLink(part)) {
                throw new UserError(ExitCode.USAGE, "will not write " + target + ": " + part + " is a symbolic link,"
                        + " which could lead out of the folder; remove it or choose another folder");
            }
        }
        if (STORE_FILES.contains(name)) {
            throw new UserError(ExitCode.USAGE, "will not write " + target + ": it is the folder's scan store;"
                    + " choose another file name");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError(ExitCode.USAGE, "will not write " + target + ": something other than a file is there;"
                    + " remove it or choose another folder");
        }
        if (ours.isPresent() && !ours.get().contains(name)) {
            throw new UserError(ExitCode.USAGE, "will not overwrite " + target + ", which ketenscan did not write;"
                    + " move it away or choose another folder");
        }
    }

    /** The store's files, leftovers of a killed run's staging (deleted here), and everything else, named. */
    private static List<String> othersThanStore(Path folder) {
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (STORE_FILES.contains(name)) {
                    if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        throw new UserError(ExitCode.USAGE, entry + " is not a plain file (a link or a folder):"
                                + " ketenscan does not use it as its scan store; remove it or choose another folder");
                    }
                } else if (name.startsWith(STAGING_PREFIX)) {
                    deleteTree(entry);
                } else {
                    others.add(name);
                }
            }
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, "cannot read the folder " + folder + " (" + e.getMessage() + ")");
        }
        return others;
    }

    private static Path createStaging(Path folder) {
        try {
            return Files.createTempDirectory(folder, STAGING_PREFIX);
        } catch (IOException e) {
            throw new UserError(ExitCode.CANNOT_RUN, "cannot write into " + folder + " (" + e.getMessage()
                    + "); check its permissions and free disk space");
        }
    }

    private static List<String> staged(Path staging) throws IOException {
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(file -> staging.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(ScanStore store) {
        if (store != null) {
            store.close();
        }
    }

    /** Closes the store, then lets the next writer in. */
    @Override
    public void close() {
        try {
            closeQuietly(store);
        } finally {
            lock.close();
        }
    }
}
