package nl.ketenscan.cli;

import nl.ketenscan.crawler.ScanListener;

/** Shows a running scan to the person or pipeline that started it; closed when the scan ends. */
public interface ProgressDisplay extends ScanListener, AutoCloseable {

    /** Leaves the output where the next line can start; never fails. */
    @Override
    void close();
}
