package nl.ketenscan.rules;

/**
 * Why an organisation's crawl ended before it had visited every page its scope offered. One
 * partner reaching its page limit leaves the others complete, so this is kept per organisation.
 */
public enum StopReason {
    /** The organisation's {@code --max-pages} was reached while pages were still queued. */
    PAGE_LIMIT("page-limit"),
    /** A host failed again and again and was given up; its pages stay queued for a resume. */
    HOST_GIVEN_UP("host-given-up"),
    /** The scan was interrupted (Ctrl-C, killed) before this organisation's queue was empty. */
    INTERRUPTED("interrupted");

    private final String id;

    StopReason(String id) {
        this.id = id;
    }

    /** The stable name the scan store keeps and message bundles are keyed by. */
    public String id() {
        return id;
    }

    public static StopReason ofId(String id) {
        for (StopReason reason : values()) {
            if (reason.id.equals(id)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown stop reason: " + id);
    }
}
