package nl.ketenscan.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per scan folder: a lock on {@code scan.lock} in the folder, held while a command writes
 * there. The operating system drops the lock when the process ends however it ends, so the lock of a
 * killed scan is stale by itself and the next run simply takes it. The file holds the holder's process
 * id, for the message the second process prints; it stays in the folder, since deleting a lock file
 * lets a process that opened it just before lock a file nobody else sees.
 */
final class FolderLock implements AutoCloseable {

    static final String FILE_NAME = "scan.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws UserError with exit code 2 when another process (or this one) writes into the folder */
    static FolderLock take(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UserError(ExitCode.USAGE, "cannot lock the folder " + folder + " (" + file + ": " + e.getMessage()
                    + "); check that it is a folder you can write to, or choose another");
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new UserError(ExitCode.USAGE, "a scan is running in this folder (" + folder + "), pid " + holder
                        + ": wait until it ends, or choose another folder");
            }
            byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            return new FolderLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new UserError(ExitCode.USAGE, "cannot lock the folder " + folder + " (" + e.getMessage()
                    + "); check that it is a folder you can write to, or choose another");
        }
    }

    /** Null when another holds it; this JVM holding it already counts as another (a second command in tests). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
        return pid.matches("\\d+") ? pid : "unknown";
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UserError(ExitCode.CANNOT_RUN, "cannot release the lock of the scan folder: " + e.getMessage());
        }
    }
}
