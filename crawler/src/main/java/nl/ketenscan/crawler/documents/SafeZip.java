package nl.ketenscan.crawler.documents;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.ketenscan.rules.Message;

/**
 * The entries of a zip file (Office Open XML and OpenDocument files are zips) read within bounds, so
 * that a zip bomb dressed as a .docx costs little: every byte inflated counts, also of the entries
 * nobody reads, against a total of {@value #RATIO} times the file's size (at least
 * {@value #MIN_INFLATED} bytes) and never more than {@value #MAX_INFLATED}; at most
 * {@value #MAX_ENTRIES} entries. Streams only: nothing is inflated into memory as a whole.
 */
final class SafeZip {

    /** Far beyond what XML compresses to in an office file (typically 5 to 20 times). */
    static final int RATIO = 100;
    static final long MIN_INFLATED = 16L * 1024 * 1024;
    static final long MAX_INFLATED = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    /** Reads one entry's data; the rest of it, if left, is inflated and counted afterwards. */
    interface EntryReader {
        void read(String name, InputStream data) throws IOException, UnreadableDocument;
    }

    private SafeZip() {
    }

    /**
     * Hands each entry to {@code reader} in the zip's order.
     *
     * @throws UnreadableDocument when the zip inflates beyond its limits, whatever the reader made of
     *                            the cut-off data, or when the reader finds it unreadable
     * @throws IOException        when the zip is corrupt
     */
    static void read(byte[] zip, EntryReader reader) throws IOException, UnreadableDocument {
        long limit = Math.min(MAX_INFLATED, Math.max(MIN_INFLATED, (long) RATIO * zip.length));
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            Counted counted = new Counted(entries, limit);
            try {
                int count = 0;
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    if (++count > MAX_ENTRIES) {
                        throw new UnreadableDocument(Message.of("document-error.zip-entries", MAX_ENTRIES));
                    }
                    if (!entry.isDirectory()) {
                        reader.read(entry.getName(), counted);
                    }
                    counted.drain();
                }
            } catch (IOException | UnreadableDocument | RuntimeException e) {
                // a parser may wrap or swallow the stream's refusal; the count says what happened
                if (counted.exceeded()) {
                    throw new UnreadableDocument(Message.of("document-error.zip-bomb", limit));
                }
                throw e;
            }
        }
    }

    /** The zip's current entry, counting every byte inflated against the file's limit; closing it does nothing. */
    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long inflated;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        boolean exceeded() {
            return inflated > limit;
        }

        /** Inflates what is left of the entry, counted: skipping would inflate it uncounted. */
        void drain() throws IOException {
            byte[] rest = new byte[8192];
            int read;
            do {
                read = read(rest, 0, rest.length);
            } while (read >= 0);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(8192, Math.max(0, n))];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // the zip stream is closed by its owner, after the last entry
        }

        private void count(int bytes) throws IOException {
            inflated += bytes;
            if (inflated > limit) {
                throw new IOException("more than " + limit + " bytes inflated");
            }
        }
    }
}
