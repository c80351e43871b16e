package nl.ketenscan.crawler.store;

/**
 * The scan store could not read or write its database file: a full disk, a damaged file, or a file
 * that is not a ketenscan store. The message names the file, so the user can free space or choose
 * another output folder.
 */
public final class ScanStoreException extends RuntimeException {

    ScanStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
